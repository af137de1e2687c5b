using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;

namespace Relief.Benchmarks.Timings;

/// <summary>
/// The grant list and the campaign dashboard written through the model the way the services are written (scoped with
/// InScope, projected with Select, paged in the database), for timing before those services exist.
/// </summary>
internal static class ModelQueries
{
    public static Task<PagedResult<GrantListRow>> GrantListAsync(
        ReliefDbContext db, ICurrentUser user, int campaignId, GrantStatus? status, GrantKind? kind, PageRequest page, CancellationToken ct = default)
    {
        var grants = db.Grants.AsNoTracking().InScope(db, user).Where(g => g.CampaignId == campaignId);
        if (status is { } s) grants = grants.Where(g => g.Status == s);
        if (kind is { } k) grants = grants.Where(g => g.Kind == k);
        return grants
            .OrderByDescending(g => g.AppliedOn).ThenByDescending(g => g.Id)
            .Select(g => new GrantListRow(g.Id, g.Household!.Name, g.Household.IdNumberMasked, g.OrgUnit!.Name, g.Kind, g.Category,
                g.TotalAmount, g.Status, g.AppliedOn))
            .ToPageAsync(page, ct);
    }

    public static async Task<DashboardFigures> DashboardAsync(ReliefDbContext db, ICurrentUser user, int campaignId, DateOnly today, CancellationToken ct = default)
    {
        var grants = await db.Grants.AsNoTracking().InScope(db, user).Where(g => g.CampaignId == campaignId)
            .GroupBy(g => g.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Amount = g.Sum(x => x.TotalAmount) })
            .ToListAsync(ct);
        var funds = await db.FundSources.AsNoTracking().Where(f => f.CampaignId == campaignId).OrderBy(f => f.Kind)
            .Select(f => new { f.Name, f.Amount, f.Committed, f.Spent })
            .ToListAsync(ct);
        var visits = db.Visits.AsNoTracking().InScope(db, user).Where(v => v.CampaignId == campaignId);
        var concerns = db.Concerns.AsNoTracking().InScope(db, user).Where(c => c.CampaignId == campaignId && c.Status != ConcernStatus.Resolved);
        return new DashboardFigures(
            [.. grants.Select(g => (g.Status, g.Count, g.Amount))],
            [.. funds.Select(f => (f.Name, f.Amount, f.Committed, f.Spent))],
            await visits.CountAsync(ct),
            // From the campaign's visits to their households (the visit-household key starts with the visit), not the other way round.
            await visits.SelectMany(v => v.Households).Select(vh => vh.HouseholdId).Distinct().CountAsync(ct),
            await concerns.CountAsync(ct),
            await concerns.CountAsync(c => c.DueOn < today, ct));
    }
}
