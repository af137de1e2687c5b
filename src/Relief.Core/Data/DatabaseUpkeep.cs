using Relief.Core.Features.Dashboard;
using Relief.Core.Data.Tallies;

namespace Relief.Core.Data;

/// <summary>
/// What start-up does to a database whose schema is current: counts the dashboard tallies an older database lacks or a
/// migration emptied (docs/decisions/0005), then refreshes the query planner's statistics. The app and the benchmarks'
/// timings run these same steps, so the timings measure the database the app would serve.
/// </summary>
public static class DatabaseUpkeep
{
    /// <returns>How many campaigns had their tallies counted.</returns>
    public static async Task<int> AfterMigrationsAsync(ReliefDbContext db, CancellationToken ct = default)
    {
        var counted = await CampaignTallyKeeper.FillMissingAsync(db, ct);
        await db.Database.RefreshStatisticsAsync(ct);
        return counted;
    }
}
