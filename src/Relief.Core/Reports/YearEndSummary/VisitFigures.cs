using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Visits;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The summary's figures over the campaign's visits in the reader's scope (docs/year-end-figures.md): visits and
/// households reached by kind, households visited by region, the distinct leaders and visitors who took part, and the
/// attendances at symposiums. Read together, beside the grant figures (<see cref="YearEndQuery"/>): at province scale
/// they are a third of the summary's time.
/// </summary>
internal sealed record VisitFigures(
    IReadOnlyList<YearEndFigures.VisitKindLine> Kinds,
    IReadOnlyList<YearEndFigures.RegionLine> Regions,
    int Leaders,
    int Visitors,
    int SymposiumAttendances)
{
    public static async Task<VisitFigures> QueryAsync(ReliefDbContext db, int campaignId, CancellationToken ct)
    {
        var visits = Of(db, campaignId);
        return new VisitFigures(
            await KindsAsync(visits, ct),
            await RegionsAsync(visits, ct),
            await LeadersAsync(visits, ct),
            await visits.SelectMany(v => v.Visitors).Select(x => x.Name).Distinct().CountAsync(ct),
            await SeasonDetailFigures.SymposiumAttendancesAsync(visits, ct));
    }

    public static IQueryable<Visit> Of(ReliefDbContext db, int campaignId) => db.Visits.AsNoTracking().Where(v => v.CampaignId == campaignId);

    /// <summary>Leaders who took part in the campaign's visits in scope, each name once: from the visits to their visitors (the reverse reads every visitor ever recorded).</summary>
    public static async Task<int> LeadersAsync(IQueryable<Visit> visits, CancellationToken ct) =>
        await visits.SelectMany(v => v.Visitors).Where(x => x.IsLeader).Select(x => x.Name).Distinct().CountAsync(ct);

    /// <summary>Households visited, by the region on their file: from the scope's visits of the campaign to their households.</summary>
    private static async Task<IReadOnlyList<YearEndFigures.RegionLine>> RegionsAsync(IQueryable<Visit> visits, CancellationToken ct) =>
        await visits.SelectMany(v => v.Households).Where(vh => vh.Household!.Region != null)
            .GroupBy(vh => vh.Household!.Region!)
            .Select(g => new YearEndFigures.RegionLine(g.Key, g.Select(x => x.HouseholdId).Distinct().Count()))
            .ToListAsync(ct);

    /// <summary>
    /// Visits and distinct households reached, by kind: two flat GROUP BYs. One query with the household count as a
    /// subquery per kind read the campaign's visits once more for every kind (7 passes instead of 2).
    /// </summary>
    private static async Task<IReadOnlyList<YearEndFigures.VisitKindLine>> KindsAsync(IQueryable<Visit> visits, CancellationToken ct)
    {
        var counts = await visits.GroupBy(v => v.Kind).Select(g => new { Kind = g.Key, Visits = g.Count() }).ToListAsync(ct);
        var reached = await visits.SelectMany(v => v.Households, (v, h) => new { v.Kind, h.HouseholdId }).GroupBy(x => x.Kind)
            .Select(g => new { Kind = g.Key, Households = g.Select(x => x.HouseholdId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Kind, x => x.Households, ct);
        return counts.Select(c => new YearEndFigures.VisitKindLine(c.Kind, c.Visits, reached.GetValueOrDefault(c.Kind))).ToList();
    }
}
