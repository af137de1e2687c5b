using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Dashboard;

/// <summary>
/// The leadership dashboard's figures for a campaign, for the dashboard and for any report that needs the same
/// numbers. Every figure is an aggregate computed in SQL (GROUP BY, COUNT, SUM) over the reader's scope; no grant rows
/// are loaded. Lists are ordered after aggregation, in memory: SQLite cannot ORDER BY a decimal, and they are short.
/// </summary>
public sealed class CampaignFigures(ReliefDbContext db, ICurrentUser user, CampaignAccess access)
{
    public async Task<DashboardFigures> GetAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await access.FindAsync(campaignId, ct);
        var approved = GrantStatuses.Approved;
        var paid = GrantStatus.Disbursed;
        var grants = db.Grants.AsNoTracking().InScope(db, user).Where(g => g.CampaignId == campaignId);
        var decided = grants.Where(g => approved.Contains(g.Status));

        var byStatus = await grants.GroupBy(g => g.Status)
            .Select(g => new StatusFigure(g.Key, g.Count(), g.Sum(x => x.TotalAmount)))
            .ToListAsync(ct);
        var byCategory = await decided.GroupBy(g => g.Category)
            .Select(g => new FigureLine<HouseholdCategory>(g.Key, g.Count(), g.Select(x => x.HouseholdId).Distinct().Count(), g.Sum(x => x.TotalAmount),
                g.Count(x => x.Status == paid), g.Sum(x => x.Status == paid ? x.TotalAmount : 0m)))
            .ToListAsync(ct);
        var byKind = await decided.GroupBy(g => g.Kind)
            .Select(g => new FigureLine<GrantKind>(g.Key, g.Count(), g.Select(x => x.HouseholdId).Distinct().Count(), g.Sum(x => x.TotalAmount),
                g.Count(x => x.Status == paid), g.Sum(x => x.Status == paid ? x.TotalAmount : 0m)))
            .ToListAsync(ct);
        var byUnit = await decided.GroupBy(g => new { g.OrgUnitId, g.OrgUnit!.Name })
            .Select(g => new UnitFigure(g.Key.OrgUnitId, g.Key.Name, g.Count(), g.Select(x => x.HouseholdId).Distinct().Count(), g.Sum(x => x.TotalAmount),
                g.Count(x => x.Status == paid), g.Sum(x => x.Status == paid ? x.TotalAmount : 0m)))
            .ToListAsync(ct);
        var funds = await db.FundSources.AsNoTracking().Where(f => f.CampaignId == campaignId)
            .OrderBy(f => f.Kind).ThenBy(f => f.Id)
            .Select(f => new FundSourceLine(f.Id, f.Kind, f.Name, f.Donor, f.ReceivedOn, f.Note,
                f.Amount, f.Committed, f.Spent, f.Amount - f.Committed - f.Spent, f.Version))
            .ToListAsync(ct);

        var onFile = await db.Households.AsNoTracking().InScope(db, user).InUnitTree(campaign.OrgUnitPath).InHardship().CountAsync(ct);
        var progress = await ProgressAsync(campaign, grants, onFile, ct);

        return new DashboardFigures
        {
            CampaignId = campaign.Id,
            CampaignName = campaign.Name,
            CampaignStatus = campaign.Status,
            ByStatus = byStatus.OrderBy(s => s.Status).ToList(),
            ByCategory = byCategory.OrderBy(l => l.Key).ToList(),
            ByKind = byKind.OrderBy(l => l.Key).ToList(),
            ByUnit = byUnit.OrderByDescending(u => u.Amount).ThenBy(u => u.OrgUnitId).ToList(),
            Funds = funds,
            Progress = progress,
            HouseholdsOnFile = onFile,
        };
    }

    private async Task<IReadOnlyList<ProgressStep>> ProgressAsync(CampaignState campaign, IQueryable<Grant> grants, int onFile, CancellationToken ct)
    {
        var approved = GrantStatuses.Approved;
        var noticed = GrantStatuses.Noticed;
        var path = campaign.OrgUnitPath;
        var surveyed = await db.Surveys.AsNoTracking().InScope(db, user)
            .Where(s => (s.CampaignId == campaign.Id || (s.CampaignId == null && s.SurveyedOn >= campaign.StartsOn && s.SurveyedOn <= campaign.EndsOn))
                && s.Household!.OrgUnit!.Path.StartsWith(path))
            .Select(s => s.HouseholdId).Distinct().CountAsync(ct);
        var applied = await grants.Select(g => g.HouseholdId).Distinct().CountAsync(ct);
        var approvedHouseholds = await grants.Where(g => approved.Contains(g.Status)).Select(g => g.HouseholdId).Distinct().CountAsync(ct);
        var noticedHouseholds = await grants.Where(g => noticed.Contains(g.Status)).Select(g => g.HouseholdId).Distinct().CountAsync(ct);
        var paidHouseholds = await grants.Where(g => g.Status == GrantStatus.Disbursed).Select(g => g.HouseholdId).Distinct().CountAsync(ct);
        var visits = db.Visits.AsNoTracking().InScope(db, user).Where(v => v.CampaignId == campaign.Id);
        // From the campaign's visits to their households (index on the visit), not the other way round: the
        // reverse read every household a visit ever reached, 2.1 million rows at province scale, for a count.
        var visited = await visits.SelectMany(v => v.Households).Select(vh => vh.HouseholdId).Distinct().CountAsync(ct);
        return
        [
            new(WorkStep.Surveyed, surveyed, onFile),
            new(WorkStep.Applied, applied, onFile),
            new(WorkStep.Approved, approvedHouseholds, applied),
            new(WorkStep.Noticed, noticedHouseholds, approvedHouseholds),
            new(WorkStep.Paid, paidHouseholds, approvedHouseholds),
            new(WorkStep.Visited, visited, onFile),
        ];
    }
}
