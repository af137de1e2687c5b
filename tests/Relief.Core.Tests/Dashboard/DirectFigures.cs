using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Data.Tallies;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Tests.Dashboard;

/// <summary>
/// The dashboard's figures computed the obvious way — every row loaded and counted in memory, scope by unit path — to
/// hold the service (which reads maintained tallies) against.
/// </summary>
internal static class DirectFigures
{
    public static async Task AssertEqualAsync(ReliefDbContext db, int campaignId, string scopePath, DashboardFigures figures)
    {
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id);
        bool InScope(int unitId) => units[unitId].Path.StartsWith(scopePath, StringComparison.Ordinal);
        var grants = (await db.Grants.AsNoTracking().Where(g => g.CampaignId == campaignId).ToListAsync()).Where(g => InScope(g.OrgUnitId)).ToList();
        var decided = grants.Where(g => GrantStatuses.Approved.Contains(g.Status)).ToList();
        var paid = GrantStatus.Disbursed;

        Assert.Equal(grants.Count, figures.Applications);
        Assert.Equal(grants.Select(g => g.Status).Distinct().Count(), figures.ByStatus.Count);
        foreach (var status in Enum.GetValues<GrantStatus>())
        {
            var ofStatus = grants.Where(g => g.Status == status).ToList();
            var line = figures.ByStatus.SingleOrDefault(s => s.Status == status);
            Assert.Equal((ofStatus.Count, ofStatus.Sum(g => g.TotalAmount)), (line?.Grants ?? 0, line?.Amount ?? 0m));
        }

        Assert.Equal(decided.Select(g => g.Category).Distinct().Order(), figures.ByCategory.Select(l => l.Key));
        foreach (var line in figures.ByCategory)
        {
            var of = decided.Where(g => g.Category == line.Key).ToList();
            var ofPaid = of.Where(g => g.Status == paid).ToList();
            Assert.Equal((of.Count, of.Select(g => g.HouseholdId).Distinct().Count(), of.Sum(g => g.TotalAmount), ofPaid.Count, ofPaid.Sum(g => g.TotalAmount)),
                (line.Grants, line.Households, line.Amount, line.PaidGrants, line.PaidAmount));
        }
        Assert.Equal(decided.Select(g => g.Kind).Distinct().Order(), figures.ByKind.Select(l => l.Key));
        foreach (var line in figures.ByKind)
        {
            var of = decided.Where(g => g.Kind == line.Key).ToList();
            var ofPaid = of.Where(g => g.Status == paid).ToList();
            Assert.Equal((of.Count, of.Select(g => g.HouseholdId).Distinct().Count(), of.Sum(g => g.TotalAmount), ofPaid.Count, ofPaid.Sum(g => g.TotalAmount)),
                (line.Grants, line.Households, line.Amount, line.PaidGrants, line.PaidAmount));
        }
        Assert.Equal(decided.Select(g => g.OrgUnitId).Distinct().Order(), figures.ByUnit.Select(u => u.OrgUnitId).Order());
        foreach (var line in figures.ByUnit)
        {
            var of = decided.Where(g => g.OrgUnitId == line.OrgUnitId).ToList();
            var ofPaid = of.Where(g => g.Status == paid).ToList();
            Assert.Equal((units[line.OrgUnitId].Name, of.Count, of.Select(g => g.HouseholdId).Distinct().Count(), of.Sum(g => g.TotalAmount), ofPaid.Count, ofPaid.Sum(g => g.TotalAmount)),
                (line.UnitName, line.Grants, line.Households, line.Amount, line.PaidGrants, line.PaidAmount));
        }
        Assert.True(figures.ByUnit.Zip(figures.ByUnit.Skip(1)).All(p => p.First.Amount >= p.Second.Amount));

        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId);
        var campaignPath = units[campaign.OrgUnitId].Path;
        var households = await db.Households.AsNoTracking().ToDictionaryAsync(h => h.Id);
        bool InCampaignTree(int householdId) => units[households[householdId].OrgUnitId].Path.StartsWith(campaignPath, StringComparison.Ordinal);
        var onFile = households.Values.Count(h => InScope(h.OrgUnitId) && InCampaignTree(h.Id)
            && h.Status is HouseholdStatus.Active or HouseholdStatus.Returned);
        Assert.Equal(onFile, figures.HouseholdsOnFile);
        var surveyed = (await db.Surveys.AsNoTracking().ToListAsync())
            .Where(s => InScope(s.OrgUnitId) && InCampaignTree(s.HouseholdId)
                && (s.CampaignId == campaignId || (s.CampaignId == null && s.SurveyedOn >= campaign.StartsOn && s.SurveyedOn <= campaign.EndsOn)))
            .Select(s => s.HouseholdId).Distinct().Count();
        var visited = (await db.Visits.AsNoTracking().Include(v => v.Households).Where(v => v.CampaignId == campaignId).ToListAsync())
            .Where(v => InScope(v.OrgUnitId)).SelectMany(v => v.Households).Select(h => h.HouseholdId).Distinct().Count();
        int HouseholdsWith(Func<Grant, bool> which) => grants.Where(which).Select(g => g.HouseholdId).Distinct().Count();
        var applied = HouseholdsWith(_ => true);
        var approved = HouseholdsWith(g => GrantStatuses.Approved.Contains(g.Status));
        var expected = new Dictionary<WorkStep, (int, int)>
        {
            [WorkStep.Surveyed] = (surveyed, onFile),
            [WorkStep.Applied] = (applied, onFile),
            [WorkStep.Approved] = (approved, applied),
            [WorkStep.Noticed] = (HouseholdsWith(g => GrantStatuses.Noticed.Contains(g.Status)), approved),
            [WorkStep.Paid] = (HouseholdsWith(g => g.Status == paid), approved),
            [WorkStep.Visited] = (visited, onFile),
        };
        Assert.Equal(expected.Keys.Order(), figures.Progress.Select(p => p.Step));
        foreach (var step in figures.Progress)
        {
            Assert.Equal(expected[step.Step], (step.Households, step.OutOf));
            Assert.Equal(step.OutOf == 0 ? 0m : Math.Round(100m * step.Households / step.OutOf, 1, MidpointRounding.AwayFromZero), step.Percent);
        }
    }

    /// <summary>The campaign's tallies as kept, against the same tallies counted again from scratch.</summary>
    public static async Task AssertTalliesMatchRecountAsync(ReliefDbContext db, int campaignId)
    {
        static string Rows(IEnumerable<CampaignTally> rows) => string.Join("\n", rows
            .Select(t => $"{t.Scope} {t.Measure} {t.Status} {t.Category} {t.Kind}: {t.Grants} {t.Households} {t.Amount:0.00}").Order(StringComparer.Ordinal));
        var kept = Rows(await db.CampaignTallies.AsNoTracking().Where(t => t.CampaignId == campaignId).ToListAsync());
        await CampaignTallyKeeper.RebuildAsync(db, campaignId);
        var recounted = Rows(await db.CampaignTallies.AsNoTracking().Where(t => t.CampaignId == campaignId).ToListAsync());
        Assert.Equal(recounted, kept);
    }
}
