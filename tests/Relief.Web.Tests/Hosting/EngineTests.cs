using Microsoft.EntityFrameworkCore;
using Relief.Tests.Databases;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Hosting;

/// <summary>The twin assemblies run the app on the engine they are named for, never silently on the other one.</summary>
public sealed class EngineTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    [Fact]
    public async Task The_app_runs_on_this_assemblys_engine_and_its_migrations_are_all_applied()
    {
        var (provider, pending) = await factory.QueryAsync(async db => (db.Database.ProviderName, (await db.Database.GetPendingMigrationsAsync()).Count()));

        Assert.Equal(TestEngine.IsPostgreSql ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", provider);
        Assert.Equal(0, pending);
    }
}
