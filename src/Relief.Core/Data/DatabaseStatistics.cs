using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Relief.Core.Data;

/// <summary>
/// SQLite chooses its indexes from statistics it gathers only when asked; without them it guesses, and over a
/// province's grants it guessed the campaign-wide status index where the reader's three units were the short way
/// (docs/performance.md). SQL Server keeps its statistics itself.
/// </summary>
public static class DatabaseStatistics
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>
    /// Brings the statistics up to date where they are stale or missing: at start-up and after a bulk load. SQLite's
    /// <c>PRAGMA optimize</c> with "check every table" (0x10000) and its default bits (analyse what might benefit,
    /// with a row limit that keeps it to a second or two even over a million grants).
    /// </summary>
    public static async Task RefreshStatisticsAsync(this DatabaseFacade database, CancellationToken ct = default)
    {
        if (database.ProviderName != SqliteProvider) return;
        await database.ExecuteSqlRawAsync("PRAGMA optimize=0x10012", ct);
    }
}
