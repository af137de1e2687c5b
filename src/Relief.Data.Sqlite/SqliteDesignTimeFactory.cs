using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for the SQLite migrations without starting the web app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<ReliefDbContext>
{
    public ReliefDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ReliefDbContext>()
            .UseReliefSqlite("Data Source=design-time.db")
            .Options;
        return new ReliefDbContext(options, SystemActor.For("dotnet ef design time"));
    }
}
