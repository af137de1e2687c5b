using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Data.Sqlite;
using Relief.Data.Sqlite.Files;
using Relief.Web.Hosting.Backups;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Administration.Backups;

/// <summary>
/// The restore command checks before it replaces anything: a damaged file, a file that is no database, a database from a
/// newer version and a running app are refused with the database left exactly as it was; an older one is restored and
/// migrated at the next start.
/// </summary>
public sealed class SqliteRestoreChecksTests : IAsyncLifetime
{
    private readonly WebTestStore _store = new();
    private string _backup = null!;

    private string Database => BackupApp.DatabaseOf(_store);

    public async Task InitializeAsync()
    {
        await using (var app = new BackupApp(_store))
        {
            var backups = app.Services.GetRequiredService<BackupService>();
            _backup = backups.PathOf(await backups.TakeAsync(CancellationToken.None));
        }
        SqliteConnection.ClearAllPools();
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_backup_whose_database_is_damaged_is_refused_and_nothing_is_replaced()
    {
        var damaged = BackupApp.ExtractDatabase(_backup);
        using (var file = new FileStream(damaged, FileMode.Open, FileAccess.Write))
        {
            // Scribble over the start of several pages (their b-tree headers), past the schema page.
            for (var page = 2; page < 12; page++)
            {
                file.Position = page * 4096L;
                file.Write(Enumerable.Repeat((byte)0xA5, 64).ToArray());
            }
        }
        var zip = Path.Combine(_store.DataFolder, "damaged.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            archive.CreateEntryFromFile(damaged, BackupNames.DatabaseEntry);

        await AssertRefusedAsync(zip, "integrity check");
    }

    [Fact]
    public async Task A_file_that_is_no_database_is_refused()
    {
        var text = Path.Combine(_store.DataFolder, "notes.zip");
        await File.WriteAllTextAsync(text, "这不是备份");

        await AssertRefusedAsync(text, "not a SQLite database");
    }

    [Fact]
    public async Task A_backup_from_a_newer_version_is_refused()
    {
        var newer = BackupApp.ExtractDatabase(_backup);
        using (var connection = new SqliteConnection(SqliteFiles.ConnectionTo(newer)))
        {
            connection.Open();
            using var future = connection.CreateCommand();
            future.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromALaterVersion', '99.0.0')";
            future.ExecuteNonQuery();
        }

        await AssertRefusedAsync(newer, "29991231000000_FromALaterVersion");
    }

    [Fact]
    public async Task A_restore_while_the_app_runs_on_the_database_is_refused()
    {
        await using var app = new BackupApp(_store);
        using var anonymous = app.CreateBrowser();
        Assert.Equal("Healthy", await anonymous.GetStringAsync("/healthz"));

        await AssertRefusedAsync(_backup, "Relief is running");
    }

    [Fact]
    public async Task A_database_at_an_older_migration_level_is_restored_and_migrated_at_the_next_start()
    {
        var older = Path.Combine(_store.DataFolder, "older.db");
        string previous;
        await using (var db = new ReliefDbContext(new DbContextOptionsBuilder<ReliefDbContext>().UseReliefSqlite(SqliteFiles.ConnectionTo(older)).Options, SystemActor.For("test: an older database")))
        {
            previous = db.Database.GetMigrations().ToList()[^2];
            await db.GetService<IMigrator>().MigrateAsync(previous);
        }

        var result = await RestoreCommand.RunAsync(older, BackupApp.RestoreSettings(_store));

        Assert.True(result.Restored, result.Message);
        Assert.Contains("1 migration(s)", result.Message, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_store.DataFolder, "relief.db.replaced-*"));
        await using var app = new BackupApp(_store);
        await using var scope = app.Services.CreateAsyncScope();
        var restored = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        Assert.Empty(await restored.Database.GetPendingMigrationsAsync());
        Assert.Contains(previous, await restored.Database.GetAppliedMigrationsAsync());
    }

    private async Task AssertRefusedAsync(string file, string reason)
    {
        var before = BackupApp.Sha256(Database);

        var result = await RestoreCommand.RunAsync(file, BackupApp.RestoreSettings(_store));

        Assert.False(result.Restored, result.Message);
        Assert.StartsWith("Restore refused:", result.Message, StringComparison.Ordinal);
        Assert.Contains(reason, result.Message, StringComparison.Ordinal);
        Assert.Equal(before, BackupApp.Sha256(Database));
        Assert.Empty(Directory.GetFiles(_store.DataFolder, "relief.db.replaced-*"));
        Assert.Empty(Directory.GetFiles(_store.DataFolder, "relief.db.restoring-*"));
    }
}
