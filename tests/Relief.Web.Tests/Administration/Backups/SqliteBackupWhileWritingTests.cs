using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Features.Administration.Backups;
using Relief.Data.Sqlite.Files;
using Relief.Web.Hosting.Backups;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Administration.Backups;

/// <summary>Backups taken while another process keeps committing restore to a sound database holding a committed prefix of the writes.</summary>
public sealed class SqliteBackupWhileWritingTests
{
    [Fact]
    public async Task Backups_taken_during_writes_are_consistent_and_one_restores_into_the_stopped_app()
    {
        using var store = new WebTestStore();
        var database = BackupApp.DatabaseOf(store);
        var taken = new List<(BackupFile Backup, string Path, int Before, int After)>();
        int committed;
        await using (var app = new BackupApp(store))
        {
            var backups = app.Services.GetRequiredService<BackupService>();
            using var writer = WriterProcess.Start(database);
            await writer.WaitForAsync(20);
            for (var i = 0; i < 4; i++)
            {
                var before = writer.Reported;
                var backup = await backups.TakeAsync(CancellationToken.None);
                taken.Add((backup, backups.PathOf(backup), before, writer.Reported));
            }
            committed = await writer.KillAsync();
            Assert.Equal(4, backups.List().Count);
        }
        // The stopped app's pooled connections still point at the file the restore moves aside; a new process has none.
        SqliteConnection.ClearAllPools();
        Assert.True(taken.Any(t => t.After > t.Before), "the writer committed nothing while a backup ran: the test proves nothing");

        var previous = 0;
        foreach (var (backup, path, before, _) in taken)
        {
            var copy = BackupApp.ExtractDatabase(path);
            Assert.Empty(SqliteFiles.IntegrityProblems(copy));
            var inBackup = BackupApp.AssertCommittedPrefix(BackupApp.Batches(copy, WriterProcess.Entity));
            // Every batch reported before the backup began is in it, and a later backup holds no fewer. No upper bound
            // from the reports read meanwhile: the writer's reports reach this process after its commits, so a backup
            // may hold batches not yet read (87 against 83 read, in a full run); the kill's final count bounds them all.
            Assert.InRange(inBackup, Math.Max(before, previous), committed + 1);
            previous = inBackup;
            Assert.StartsWith("relief-backup-", backup.Name, StringComparison.Ordinal);
        }

        var (chosen, chosenPath, _, _) = taken[1];
        var expected = BackupApp.Batches(BackupApp.ExtractDatabase(chosenPath), WriterProcess.Entity).Count;
        var result = await RestoreCommand.RunAsync(chosenPath, BackupApp.RestoreSettings(store));

        Assert.True(result.Restored, result.Message);
        Assert.Equal(expected, BackupApp.AssertCommittedPrefix(BackupApp.Batches(database, WriterProcess.Entity)));
        // The database it replaced is kept, with every batch the writer committed before it was killed.
        var kept = Assert.Single(Directory.GetFiles(store.DataFolder, "relief.db.replaced-*"));
        Assert.Contains(kept, result.Message, StringComparison.Ordinal);
        Assert.InRange(BackupApp.AssertCommittedPrefix(BackupApp.Batches(kept, WriterProcess.Entity)), committed, committed + 1);
        Assert.DoesNotContain(Directory.GetFiles(store.DataFolder), f => f.Contains(".restoring-", StringComparison.Ordinal));
        // Back in the journal mode the app's database is created with, so saves never wait for a reader.
        using (var connection = new SqliteConnection(SqliteFiles.ConnectionTo(database, readOnly: true)))
        {
            connection.Open();
            using var mode = connection.CreateCommand();
            mode.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", mode.ExecuteScalar());
        }

        await using var restarted = new BackupApp(store);
        using var anonymous = restarted.CreateBrowser();
        Assert.Equal("Healthy", await anonymous.GetStringAsync("/healthz"));
        Assert.Contains(chosen.Name, restarted.Services.GetRequiredService<BackupService>().List().Select(b => b.Name));
    }
}
