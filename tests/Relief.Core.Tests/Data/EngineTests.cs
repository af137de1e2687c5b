using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Tests.TestSupport;
using Relief.Tests.Databases;

namespace Relief.Core.Tests.Data;

/// <summary>The twin assemblies run on the engine they are named for, never silently on the other one.</summary>
public sealed class EngineTests
{
    [Fact]
    public async Task The_test_database_is_on_this_assemblys_engine()
    {
        await using var database = await TestDatabase.CreateAsync();
        var provider = await database.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ReliefDbContext>().Database.ProviderName));

        Assert.Equal(TestEngine.IsPostgreSql ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", provider);
    }
}
