using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data.Tallies;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Dashboard;

/// <summary>
/// The leadership dashboard's figures for a campaign, for the dashboard and for any report that needs the same
/// numbers, over the reader's scope. The grant and visit figures come from the campaign's tallies at the reader's scope
/// (<see cref="CampaignTally"/>, kept in step with every grant and visit by <see cref="CampaignTallyKeeper"/>): a few
/// hundred rows, summed in SQL, instead of up to a million grants (docs/decisions/0005-dashboard-aggregates.md). The
/// files on hand and the surveys are counted from their own tables. Lists are ordered after aggregation, in memory:
/// SQLite cannot ORDER BY a decimal, and they are short.
/// </summary>
public sealed class CampaignFigures(ReliefDbContext db, ICurrentUser user, CampaignAccess access)
{
    public async Task<DashboardFigures> GetAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await access.FindAsync(campaignId, ct);
        var scope = user.ScopePath;
        var approved = GrantStatuses.Approved;
        var paid = GrantStatus.Disbursed;
        var tallies = db.CampaignTallies.AsNoTracking().Where(t => t.CampaignId == campaignId);
        var here = tallies.Where(t => t.Scope == scope);
        var grants = here.Where(t => t.Measure == TallyMeasure.Grants);
        var decided = grants.Where(t => approved.Contains(t.Status));

        var byStatus = await ByStatusAsync(campaign, ct);
        var householdsByCategory = await here.Where(t => t.Measure == TallyMeasure.CategoryHouseholds)
            .ToDictionaryAsync(t => t.Category, t => t.Households, ct);
        var byCategory = await decided.GroupBy(t => t.Category)
            .Select(g => new FigureLine<HouseholdCategory>(g.Key, g.Sum(x => x.Grants), 0, g.Sum(x => x.Amount),
                g.Sum(x => x.Status == paid ? x.Grants : 0), g.Sum(x => x.Status == paid ? x.Amount : 0m)))
            .ToListAsync(ct);
        // One grant per household, campaign and kind (a unique index): a kind's grants are its households.
        var byKind = await decided.GroupBy(t => t.Kind)
            .Select(g => new FigureLine<GrantKind>(g.Key, g.Sum(x => x.Grants), g.Sum(x => x.Grants), g.Sum(x => x.Amount),
                g.Sum(x => x.Status == paid ? x.Grants : 0), g.Sum(x => x.Status == paid ? x.Amount : 0m)))
            .ToListAsync(ct);

        // Per applying unit: the tallies kept at each unit's own path, for every unit in the scope.
        var unitTallies = tallies.Where(t => t.Scope.StartsWith(scope));
        var householdsByUnit = await (
                from t in unitTallies.Where(t => t.Measure == TallyMeasure.UnitHouseholds)
                join u in db.OrgUnits on t.Scope equals u.Path
                select new { u.Id, t.Households })
            .ToDictionaryAsync(x => x.Id, x => x.Households, ct);
        var byUnit = await (
                from t in unitTallies.Where(t => t.Measure == TallyMeasure.UnitGrants)
                join u in db.OrgUnits on t.Scope equals u.Path
                group t by new { u.Id, u.Name } into g
                select new UnitFigure(g.Key.Id, g.Key.Name, g.Sum(x => x.Grants), 0, g.Sum(x => x.Amount),
                    g.Sum(x => x.Status == paid ? x.Grants : 0), g.Sum(x => x.Status == paid ? x.Amount : 0m)))
            .ToListAsync(ct);

        var funds = await FundsAsync(campaign, ct);
        // 银行代发: grants paid into the recipients' own accounts, and the batches still waiting for the bank's result.
        var byBank = from d in db.Disbursements.AsNoTracking()
                     where d.Method == DisbursementMethod.BankTransfer
                     join g in Grants(campaign) on d.GrantId equals g.Id
                     select d.Amount;
        var bankPaidGrants = await byBank.CountAsync(ct);
        var bankPaidAmount = bankPaidGrants == 0 ? 0m : await byBank.SumAsync(ct);
        var openBatches = await db.PaymentBatches.AsNoTracking()
            .CountAsync(b => b.CampaignId == campaign.Id && b.Status != Relief.Core.Features.BankPayments.PaymentBatchStatus.Settled, ct);

        var unitsInBoth = UnitsInBoth(campaign.OrgUnitPath);
        var onFile = await db.Households.AsNoTracking().Where(h => unitsInBoth.Contains(h.OrgUnitId)).InHardship().CountAsync(ct);
        var progress = await ProgressAsync(campaign, here, onFile, ct);

        return new DashboardFigures
        {
            CampaignId = campaign.Id,
            CampaignName = campaign.Name,
            CampaignStatus = campaign.Status,
            ByStatus = byStatus,
            ByCategory = byCategory.Select(l => l with { Households = householdsByCategory.GetValueOrDefault(l.Key) }).OrderBy(l => l.Key).ToList(),
            ByKind = byKind.OrderBy(l => l.Key).ToList(),
            ByUnit = byUnit.Select(u => u with { Households = householdsByUnit.GetValueOrDefault(u.OrgUnitId) })
                .OrderByDescending(u => u.Amount).ThenBy(u => u.OrgUnitId).ToList(),
            Funds = funds,
            Progress = progress,
            HouseholdsOnFile = onFile,
            BankPaidGrants = bankPaidGrants,
            BankPaidAmount = bankPaidAmount,
            OpenBankBatches = openBatches,
        };
    }

    // The building blocks below are shared with the reports (the year-end summary states the same figures). Each
    // takes the CampaignState that CampaignAccess.FindAsync returned, so a caller has checked the campaign is visible.

    /// <summary>The campaign's grants in the reader's scope: the base of every grant figure the tallies do not hold.</summary>
    public IQueryable<Grant> Grants(CampaignState campaign) =>
        db.Grants.AsNoTracking().Where(g => g.CampaignId == campaign.Id);

    /// <summary>The campaign's tallies at the reader's scope (<see cref="CampaignTally"/>): at most a few hundred rows.</summary>
    public IQueryable<CampaignTally> Tallies(CampaignState campaign)
    {
        var scope = user.ScopePath;
        return db.CampaignTallies.AsNoTracking().Where(t => t.CampaignId == campaign.Id && t.Scope == scope);
    }

    /// <summary>Every grant of the campaign in scope by status (count and amount), in status order, from the tallies.</summary>
    public async Task<IReadOnlyList<StatusFigure>> ByStatusAsync(CampaignState campaign, CancellationToken ct = default)
    {
        var byStatus = await Tallies(campaign).Where(t => t.Measure == TallyMeasure.Grants).GroupBy(t => t.Status)
            .Select(g => new StatusFigure(g.Key, g.Sum(x => x.Grants), g.Sum(x => x.Amount)))
            .ToListAsync(ct);
        return byStatus.OrderBy(s => s.Status).ToList();
    }

    /// <summary>
    /// Paid grants by household category: households reached, cash and in-kind value, in category order, from the
    /// tallies. A grant's cash is its total less its in-kind value (every path that sets an amount keeps them so).
    /// </summary>
    public async Task<IReadOnlyList<PaidCategoryLine>> PaidByCategoryAsync(CampaignState campaign, CancellationToken ct = default)
    {
        var paid = GrantStatus.Disbursed;
        var tallies = await Tallies(campaign)
            .Where(t => t.Measure == TallyMeasure.PaidCategories || (t.Measure == TallyMeasure.Grants && t.Status == paid))
            .Select(t => new { t.Measure, t.Category, t.Households, t.Amount })
            .ToListAsync(ct);
        return tallies.GroupBy(t => t.Category).OrderBy(g => g.Key).Select(g =>
        {
            var reached = g.Where(t => t.Measure == TallyMeasure.PaidCategories).ToList();
            var inKind = reached.Sum(t => t.Amount);
            var total = g.Where(t => t.Measure == TallyMeasure.Grants).Sum(t => t.Amount);
            return new PaidCategoryLine(g.Key, reached.Sum(t => t.Households), total - inKind, inKind);
        }).ToList();
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

    private async Task<IReadOnlyList<ProgressStep>> ProgressAsync(CampaignState campaign, IQueryable<CampaignTally> here, int onFile, CancellationToken ct)
    {
        var surveyed = await SurveyedAsync(campaign, ct);
        var reached = await here.Where(t => t.Measure == TallyMeasure.Households)
            .Select(t => new { t.Status, t.Households }).ToListAsync(ct);
        var applied = reached.Sum(r => r.Households);
        var approvedHouseholds = reached.Where(r => GrantStatuses.Approved.Contains(r.Status)).Sum(r => r.Households);
        var noticedHouseholds = reached.Where(r => GrantStatuses.Noticed.Contains(r.Status)).Sum(r => r.Households);
        var paidHouseholds = reached.Where(r => r.Status == GrantStatus.Disbursed).Sum(r => r.Households);
        var visited = await here.Where(t => t.Measure == TallyMeasure.Visited).SumAsync(t => t.Households, ct);
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

    /// <summary>
    /// Households surveyed for the campaign (its own surveys, or surveys without a campaign in its window) by units in
    /// the scope, filed in the campaign's tree. Counted as the campaign's own surveyed households plus those surveyed in
    /// the window and not among them: each part is distinct in the index's order, where "distinct over either" needed
    /// a sort of every survey. A campaign run from the root reaches every file, so the filing check is skipped then.
    /// </summary>
    private async Task<int> SurveyedAsync(CampaignState campaign, CancellationToken ct)
    {
        var path = campaign.OrgUnitPath;
        var inScope = db.Surveys.AsNoTracking();
        var ofCampaign = inScope.Where(s => s.CampaignId == campaign.Id);
        var inWindow = inScope.Where(s => s.CampaignId == null && s.SurveyedOn >= campaign.StartsOn && s.SurveyedOn <= campaign.EndsOn);
        var everyFile = !await db.OrgUnits.AnyAsync(u => !u.Path.StartsWith(path), ct);
        IQueryable<int> Filed(IQueryable<int> households) =>
            everyFile ? households : households.Where(id => db.Households.Any(h => h.Id == id && h.OrgUnit!.Path.StartsWith(path)));

        var own = await Filed(ofCampaign.Select(s => s.HouseholdId).Distinct()).CountAsync(ct);
        var onlyInWindow = await Filed(inWindow.Select(s => s.HouseholdId).Distinct().Where(id => !ofCampaign.Any(s => s.HouseholdId == id))).CountAsync(ct);
        return own + onlyInWindow;
    }

    /// <summary>The units both in the reader's scope and in the campaign's tree: the files a campaign's progress is measured against.</summary>
    private IQueryable<int> UnitsInBoth(string campaignPath)
    {
        var scope = user.ScopePath;
        return db.OrgUnits.Where(u => u.Path.StartsWith(scope) && u.Path.StartsWith(campaignPath)).Select(u => u.Id);
    }
}
