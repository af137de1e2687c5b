using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Migrations;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_a_fresh_sqlite_database_and_leave_nothing_pending()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Migrated_sqlite_schema_has_a_table_for_every_entity_in_the_model()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var expected = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var actual = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) actual.Add(reader.GetString(0));

        var missing = expected.Where(table => !actual.Contains(table)).ToList();
        Assert.True(missing.Count == 0, $"Tables missing after migration: {string.Join(", ", missing)}");
        Assert.Contains("Households", actual);
    }

    [Fact]
    public void Sqlite_model_has_no_changes_missing_from_the_migrations()
    {
        using var db = ProviderContexts.Sqlite();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changed since the last SQLite migration: add a migration of the same name to every migration project (docs/migrations.md).");
    }

    [Fact]
    public void SqlServer_model_has_no_changes_missing_from_the_migrations()
    {
        using var db = ProviderContexts.SqlServer();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changed since the last SQL Server migration: add a migration of the same name to every migration project (docs/migrations.md).");
    }

    [Fact]
    public void PostgreSql_model_has_no_changes_missing_from_the_migrations()
    {
        using var db = ProviderContexts.PostgreSql();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changed since the last PostgreSQL migration: add a migration of the same name to every migration project (docs/migrations.md).");
    }

    [Fact]
    public void Every_provider_has_the_same_migration_names_from_PostgreSqls_baseline_on()
    {
        using var sqlite = ProviderContexts.Sqlite();
        using var sqlServer = ProviderContexts.SqlServer();
        using var postgreSql = ProviderContexts.PostgreSql();
        var postgreSqlNames = Names(postgreSql);
        Assert.NotEmpty(postgreSqlNames);

        foreach (var other in new[] { Names(sqlite), Names(sqlServer) })
        {
            // PostgreSQL's history starts at its baseline, named after the migration it stands level with (docs/migrations.md).
            var fromBaseline = other.SkipWhile(name => name != postgreSqlNames[0]).ToList();
            Assert.Equal(fromBaseline, postgreSqlNames);
        }
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    /// <summary>Migration names in order, without the timestamp each project's <c>dotnet ef</c> gave them.</summary>
    private static List<string> Names(ReliefDbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();

    [Fact]
    public void The_guard_notices_an_unmigrated_model_change_for_every_provider()
    {
        using var sqlite = ProviderContexts.Sqlite(o => o.ReplaceService<IModelCustomizer, ExtraColumnCustomizer>());
        using var sqlServer = ProviderContexts.SqlServer(o => o.ReplaceService<IModelCustomizer, ExtraColumnCustomizer>());
        using var postgreSql = ProviderContexts.PostgreSql(o => o.ReplaceService<IModelCustomizer, ExtraColumnCustomizer>());

        Assert.True(sqlite.Database.HasPendingModelChanges());
        Assert.True(sqlServer.Database.HasPendingModelChanges());
        Assert.True(postgreSql.Database.HasPendingModelChanges());
    }
}
