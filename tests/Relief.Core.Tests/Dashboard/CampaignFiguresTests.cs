using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Tests.DemoData;

namespace Relief.Core.Tests.Dashboard;

/// <summary>
/// The dashboard's figures for the demo's 2021 campaign against the same figures computed the obvious way (rows loaded
/// and counted in memory). That the service's queries run at all on SQLite proves the GROUP BY and decimal SUMs are
/// translated to SQL: EF refuses to evaluate an aggregate on the client.
/// </summary>
public sealed class CampaignFiguresTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private async Task<(int CampaignId, DashboardFigures Figures)> FiguresAsync(ICurrentUser user)
    {
        seeded.Database.CurrentUser.Acting = user;
        var campaignId = await seeded.Database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().Campaigns.Where(c => c.Year == 2021).Select(c => c.Id).SingleAsync());
        var figures = await seeded.Database.InScopeAsync(sp => sp.GetRequiredService<CampaignFigures>().GetAsync(campaignId));
        return (campaignId, figures);
    }

    [Fact]
    public async Task Figures_equal_direct_queries_on_the_demo_data()
    {
        var (campaignId, figures) = await FiguresAsync(FixedCurrentUser.System);
        await seeded.Database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var grants = await db.Grants.AsNoTracking().Include(g => g.OrgUnit).Where(g => g.CampaignId == campaignId).ToListAsync();
            var decided = grants.Where(g => GrantStatuses.Approved.Contains(g.Status)).ToList();
            var funds = await db.FundSources.AsNoTracking().Where(f => f.CampaignId == campaignId).ToListAsync();

            Assert.Equal(grants.Count, figures.Applications);
            foreach (var status in Enum.GetValues<GrantStatus>())
            {
                var ofStatus = grants.Where(g => g.Status == status).ToList();
                var line = figures.ByStatus.SingleOrDefault(s => s.Status == status);
                Assert.Equal(ofStatus.Count, line?.Grants ?? 0);
                Assert.Equal(ofStatus.Sum(g => g.TotalAmount), line?.Amount ?? 0m);
            }
            Assert.Equal(7, figures.ByStatus.Count);
            Assert.Equal(decided.Select(g => g.Category).Distinct().Count(), figures.ByCategory.Count);
            foreach (var line in figures.ByCategory)
            {
                var of = decided.Where(g => g.Category == line.Key).ToList();
                Assert.Equal((of.Count, of.Select(g => g.HouseholdId).Distinct().Count(), of.Sum(g => g.TotalAmount)), (line.Grants, line.Households, line.Amount));
                var paid = of.Where(g => g.Status == GrantStatus.Disbursed).ToList();
                Assert.Equal((paid.Count, paid.Sum(g => g.TotalAmount)), (line.PaidGrants, line.PaidAmount));
            }
            foreach (var line in figures.ByKind)
            {
                var of = decided.Where(g => g.Kind == line.Key).ToList();
                Assert.Equal((of.Count, of.Sum(g => g.TotalAmount), of.Where(g => g.Status == GrantStatus.Disbursed).Sum(g => g.TotalAmount)),
                    (line.Grants, line.Amount, line.PaidAmount));
            }
            Assert.Equal(decided.Select(g => g.Kind).Distinct().Count(), figures.ByKind.Count);
            foreach (var line in figures.ByUnit)
            {
                var of = decided.Where(g => g.OrgUnitId == line.OrgUnitId).ToList();
                Assert.Equal((of[0].OrgUnit!.Name, of.Count, of.Sum(g => g.TotalAmount)), (line.UnitName, line.Grants, line.Amount));
            }
            Assert.Equal(decided.Sum(g => g.TotalAmount), figures.ByUnit.Sum(u => u.Amount));
            Assert.True(figures.ByUnit.Zip(figures.ByUnit.Skip(1)).All(p => p.First.Amount >= p.Second.Amount));

            Assert.Equal(funds.Count, figures.Funds.Count);
            Assert.Equal(funds.Sum(f => f.Amount), figures.FundsRaised);
            Assert.Equal(funds.Sum(f => f.Committed), figures.FundsCommitted);
            Assert.Equal(funds.Sum(f => f.Spent), figures.FundsSpent);
            Assert.Equal(funds.Sum(f => f.Amount - f.Committed - f.Spent), figures.FundsBalance);
            // The demo ledger charges money as approval and payment would: committed is what is approved and unpaid.
            Assert.Equal(grants.Where(g => g.Status is GrantStatus.Approved or GrantStatus.OnNotice or GrantStatus.Payable).Sum(g => g.TotalAmount), figures.FundsCommitted);
            Assert.Equal(grants.Where(g => g.Status == GrantStatus.Disbursed).Sum(g => g.TotalAmount), figures.FundsSpent);

            var campaign = await db.Campaigns.AsNoTracking().Include(c => c.OrgUnit).SingleAsync(c => c.Id == campaignId);
            var households = await db.Households.AsNoTracking().Include(h => h.OrgUnit).ToListAsync();
            var onFile = households.Where(h => h.OrgUnit!.Path.StartsWith(campaign.OrgUnit!.Path, StringComparison.Ordinal)
                && h.Status is HouseholdStatus.Active or HouseholdStatus.Returned).ToList();
            Assert.Equal(onFile.Count, figures.HouseholdsOnFile);
            var surveys = await db.Surveys.AsNoTracking().ToListAsync();
            var surveyed = surveys.Where(s => (s.CampaignId == campaignId || (s.CampaignId == null && s.SurveyedOn >= campaign.StartsOn && s.SurveyedOn <= campaign.EndsOn))
                && households.Single(h => h.Id == s.HouseholdId).OrgUnit!.Path.StartsWith(campaign.OrgUnit!.Path, StringComparison.Ordinal))
                .Select(s => s.HouseholdId).Distinct().Count();
            var visits = await db.Visits.AsNoTracking().Include(v => v.Households).Where(v => v.CampaignId == campaignId).ToListAsync();
            var expected = new Dictionary<WorkStep, (int, int)>
            {
                [WorkStep.Surveyed] = (surveyed, onFile.Count),
                [WorkStep.Applied] = (grants.Select(g => g.HouseholdId).Distinct().Count(), onFile.Count),
                [WorkStep.Approved] = (decided.Select(g => g.HouseholdId).Distinct().Count(), grants.Select(g => g.HouseholdId).Distinct().Count()),
                [WorkStep.Noticed] = (grants.Where(g => GrantStatuses.Noticed.Contains(g.Status)).Select(g => g.HouseholdId).Distinct().Count(), decided.Select(g => g.HouseholdId).Distinct().Count()),
                [WorkStep.Paid] = (grants.Where(g => g.Status == GrantStatus.Disbursed).Select(g => g.HouseholdId).Distinct().Count(), decided.Select(g => g.HouseholdId).Distinct().Count()),
                [WorkStep.Visited] = (visits.SelectMany(v => v.Households).Select(h => h.HouseholdId).Distinct().Count(), onFile.Count),
            };
            Assert.Equal(expected.Keys.Order(), figures.Progress.Select(p => p.Step));
            foreach (var step in figures.Progress)
            {
                Assert.Equal(expected[step.Step], (step.Households, step.OutOf));
                Assert.Equal(step.OutOf == 0 ? 0m : Math.Round(100m * step.Households / step.OutOf, 1, MidpointRounding.AwayFromZero), step.Percent);
                Assert.True(step.Households > 0, step.Step.ToString());
            }
            return true;
        });
    }

    [Fact]
    public async Task A_branch_sees_only_its_own_figures()
    {
        var (_, all) = await FiguresAsync(FixedCurrentUser.System);
        var lishui = await seeded.Database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().OrgUnits.AsNoTracking().SingleAsync(u => u.Name == "丽水供电分工会"));
        var (_, branch) = await FiguresAsync(new FixedCurrentUser("officer", "officer", lishui.Id, lishui.Path, Roles.Officer));

        Assert.Equal(lishui.Id, Assert.Single(branch.ByUnit).OrgUnitId);
        Assert.Equal(all.ByUnit.Single(u => u.OrgUnitId == lishui.Id).Amount, branch.ApprovedAmount);
        Assert.True(branch.Applications < all.Applications);
        // Fund sources are the campaign's, the same for every reader.
        Assert.Equal(all.FundsRaised, branch.FundsRaised);
    }
}
