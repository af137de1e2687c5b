using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Data.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the model for the PostgreSQL migrations; no server is contacted.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<ReliefDbContext>
{
    public ReliefDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ReliefDbContext>()
            .UseReliefPostgreSql("Host=localhost;Database=relief;Username=relief")
            .Options;
        return new ReliefDbContext(options, SystemActor.For("dotnet ef design time"));
    }
}
