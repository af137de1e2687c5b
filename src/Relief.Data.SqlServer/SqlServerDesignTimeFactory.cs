using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Data.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the model for the SQL Server migrations; no server is contacted.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<ReliefDbContext>
{
    public ReliefDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ReliefDbContext>()
            .UseSqlServer("Server=localhost;Database=Relief;Trusted_Connection=True;TrustServerCertificate=True", SqlServerProvider.Configure)
            .Options;
        return new ReliefDbContext(options, SystemActor.For("dotnet ef design time"));
    }
}
