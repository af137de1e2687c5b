using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Data.Sqlite;
using Relief.Data.Sqlite.Files;

namespace Relief.Web.Tests.Administration.Backups;

/// <summary>
/// A process killed in the middle of its writes loses nothing it had committed: every batch it reported after COMMIT is
/// in the file, whole, and the file is sound.
/// </summary>
public sealed class SqliteKilledWriterTests
{
    [Theory]
    [InlineData(150)]
    [InlineData(400)]
    public async Task Every_commit_a_killed_writer_reported_is_in_the_database(int killAfter)
    {
        var database = Path.Combine(Path.GetTempPath(), $"relief-killed-writer-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = new ReliefDbContext(new DbContextOptionsBuilder<ReliefDbContext>().UseReliefSqlite(SqliteFiles.ConnectionTo(database)).Options, SystemActor.For("test: the killed writer's database")))
                await db.Database.MigrateAsync();

            int reported;
            using (var writer = WriterProcess.Start(database))
            {
                await writer.WaitForAsync(killAfter);
                reported = await writer.KillAsync();
            }

            Assert.True(reported >= killAfter, $"the writer reported {reported} commits before it was killed");
            Assert.Empty(SqliteFiles.IntegrityProblems(database));
            var found = BackupApp.AssertCommittedPrefix(BackupApp.Batches(database, WriterProcess.Entity));
            // Every reported commit is there; at most the one committed but not yet reported is beyond them.
            Assert.InRange(found, reported, reported + 1);
        }
        finally
        {
            foreach (var file in SqliteFiles.Companions(database).Prepend(database).Where(File.Exists)) File.Delete(file);
        }
    }
}
