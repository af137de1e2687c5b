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
        var grants = Grants(campaign);
        var decided = grants.Where(g => approved.Contains(g.Status));

        var byStatus = await ByStatusAsync(campaign, ct);
        var byCategory = await decided.GroupBy(g => g.Category)
            .Select(g => new FigureLine<HouseholdCategory>(g.Key, g.Count(), g.Select(x => x.HouseholdId).Distinct().Count(), g.Sum(x => x.TotalAmount),
                g.Count(x => x.Status == paid), g.Sum(x => x.Status == paid ? x.TotalAmount : 0m)))
            .ToListAsync(ct);
        var byKind = await ByKindAsync(campaign, ct);
        var byUnit = await decided.GroupBy(g => new { g.OrgUnitId, g.OrgUnit!.Name })
            .Select(g => new UnitFigure(g.Key.OrgUnitId, g.Key.Name, g.Count(), g.Select(x => x.HouseholdId).Distinct().Count(), g.Sum(x => x.TotalAmount),
                g.Count(x => x.Status == paid), g.Sum(x => x.Status == paid ? x.TotalAmount : 0m)))
            .ToListAsync(ct);
        var funds = await FundsAsync(campaign, ct);

        var onFile = await db.Households.AsNoTracking().InScope(db, user).InUnitTree(campaign.OrgUnitPath).InHardship().CountAsync(ct);
        var progress = await ProgressAsync(campaign, grants, onFile, ct);

        return new DashboardFigures
        {
            CampaignId = campaign.Id,
            CampaignName = campaign.Name,
            CampaignStatus = campaign.Status,
            ByStatus = byStatus,
            ByCategory = byCategory.OrderBy(l => l.Key).ToList(),
            ByKind = byKind,
            ByUnit = byUnit.OrderByDescending(u => u.Amount).ThenBy(u => u.OrgUnitId).ToList(),
            Funds = funds,
            Progress = progress,
            HouseholdsOnFile = onFile,
        };
    }

    // The building blocks below are shared with the reports (the year-end summary states the same figures). Each
    // takes the CampaignState that CampaignAccess.FindAsync returned, so a caller has checked the campaign is visible.

    /// <summary>The campaign's grants in the reader's scope: the base of every grant figure.</summary>
    public IQueryable<Grant> Grants(CampaignState campaign) =>
        db.Grants.AsNoTracking().InScope(db, user).Where(g => g.CampaignId == campaign.Id);

    /// <summary>Every grant of the campaign in scope by status (count and amount), in status order.</summary>
    public async Task<IReadOnlyList<StatusFigure>> ByStatusAsync(CampaignState campaign, CancellationToken ct = default)
    {
        var byStatus = await Grants(campaign).GroupBy(g => g.Status)
            .Select(g => new StatusFigure(g.Key, g.Count(), g.Sum(x => x.TotalAmount)))
            .ToListAsync(ct);
        return byStatus.OrderBy(s => s.Status).ToList();
    }

    /// <summary>Approved grants (and their paid part) by kind, in kind order.</summary>
    public async Task<IReadOnlyList<FigureLine<GrantKind>>> ByKindAsync(CampaignState campaign, CancellationToken ct = default)
    {
        var approved = GrantStatuses.Approved;
        var paid = GrantStatus.Disbursed;
        var byKind = await Grants(campaign).Where(g => approved.Contains(g.Status)).GroupBy(g => g.Kind)
            .Select(g => new FigureLine<GrantKind>(g.Key, g.Count(), g.Select(x => x.HouseholdId).Distinct().Count(), g.Sum(x => x.TotalAmount),
                g.Count(x => x.Status == paid), g.Sum(x => x.Status == paid ? x.TotalAmount : 0m)))
            .ToListAsync(ct);
        return byKind.OrderBy(l => l.Key).ToList();
    }

    /// <summary>Paid grants by household category: households reached, cash and in-kind value, in category order.</summary>
    public async Task<IReadOnlyList<PaidCategoryLine>> PaidByCategoryAsync(CampaignState campaign, CancellationToken ct = default)
    {
        var lines = await Grants(campaign).Where(g => g.Status == GrantStatus.Disbursed).GroupBy(g => g.Category)
            .Select(g => new PaidCategoryLine(g.Key, g.Select(x => x.HouseholdId).Distinct().Count(), g.Sum(x => x.CashAmount), g.Sum(x => x.InKindValue)))
            .ToListAsync(ct);
        return lines.OrderBy(l => l.Category).ToList();
    }

    /// <summary>
    /// The campaign's fund sources as the ledger keeps them, by kind. Not filtered by unit: a campaign's money belongs
    /// to the campaign, and everyone who may see the campaign sees its funds.
    /// </summary>
    public async Task<IReadOnlyList<FundSourceLine>> FundsAsync(CampaignState campaign, CancellationToken ct = default) =>
        await db.FundSources.AsNoTracking().Where(f => f.CampaignId == campaign.Id)
            .OrderBy(f => f.Kind).ThenBy(f => f.Id)
            .Select(f => new FundSourceLine(f.Id, f.Kind, f.Name, f.Donor, f.ReceivedOn, f.Note,
                f.Amount, f.Committed, f.Spent, f.Amount - f.Committed - f.Spent, f.Version))
            .ToListAsync(ct);

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
