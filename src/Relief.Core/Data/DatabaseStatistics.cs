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
    /// <c>PRAGMA optimize</c> with "check every table" (0x10000) and "analyse what might benefit" (2), without its
    /// row limit (0x10): sampled statistics said a campaign holds 1,389 of a million grants (it holds 200,000), and
    /// the full analysis of the province database takes 1.7 s.
    /// </summary>
    public static async Task RefreshStatisticsAsync(this DatabaseFacade database, CancellationToken ct = default)
    {
        if (database.ProviderName != SqliteProvider) return;
        await database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002", ct);
    }
}
