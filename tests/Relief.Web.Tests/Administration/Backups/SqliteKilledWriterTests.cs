using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Data.Sqlite;
using Relief.Data.Sqlite.Files;

namespace Relief.Web.Tests.Administration.Backups;

/// <summary>
/// A process killed in the middle of its writes (SIGKILL on Linux and macOS, TerminateProcess on Windows: no chance to
/// flush or roll back) loses nothing it had committed: every batch it reported after COMMIT is in the file, whole, and
/// the file is sound.
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

            var reported = await RunAndKillAsync(database, killAfter);

            Assert.True(reported >= killAfter, $"the writer reported {reported} commits before it was killed");
            Assert.Empty(SqliteFiles.IntegrityProblems(database));
            var found = BackupApp.AssertCommittedPrefix(BackupApp.Batches(database, "CrashWriter"));
            // Every reported commit is there; at most the one committed but not yet reported is beyond them.
            Assert.InRange(found, reported, reported + 1);
        }
        finally
        {
            foreach (var file in new[] { database }.Concat(SqliteFiles.Companions(database)).Where(File.Exists)) File.Delete(file);
        }
    }

    /// <summary>Starts the writer, reads its reports until <paramref name="killAfter"/>, kills it, and returns the last batch it reported.</summary>
    private static async Task<int> RunAndKillAsync(string database, int killAfter)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Relief.CrashWriter.dll");
        Assert.True(File.Exists(writer), $"{writer} was not built beside the tests");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(database);
        using var process = Process.Start(start)!;
        var last = 0;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (last < killAfter && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
                last = int.Parse(line, CultureInfo.InvariantCulture);
        }
        finally
        {
            process.Kill();
        }
        // What it printed before it died is still in the pipe; a line cut short by the kill is not a report.
        var rest = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        foreach (var line in rest.Split('\n').SkipLast(1))
            last = int.Parse(line, CultureInfo.InvariantCulture);
        Assert.NotEqual(0, process.ExitCode);
        return last;
    }
}
