using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Tests.DemoData;

namespace Relief.Core.Tests.Dashboard;

/// <summary>
/// The dashboard's figures for the demo's 2021 campaign against the same figures computed the obvious way (rows loaded
/// and counted in memory, <see cref="DirectFigures"/>). That the service's queries run at all on SQLite proves the
/// GROUP BY and decimal SUMs are translated to SQL: EF refuses to evaluate an aggregate on the client.
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
        var (campaignId, figures) = await FiguresAsync(SystemActor.For("test set-up"));
        await seeded.Database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            await DirectFigures.AssertEqualAsync(db, campaignId, SystemActor.For("test set-up").ScopePath, figures);
            Assert.Equal(7, figures.ByStatus.Count);
            Assert.All(figures.Progress, step => Assert.True(step.Households > 0, step.Step.ToString()));

            var grants = await db.Grants.AsNoTracking().Where(g => g.CampaignId == campaignId).ToListAsync();
            var funds = await db.FundSources.AsNoTracking().Where(f => f.CampaignId == campaignId).ToListAsync();
            Assert.Equal(funds.Count, figures.Funds.Count);
            Assert.Equal(funds.Sum(f => f.Amount), figures.FundsRaised);
            Assert.Equal(funds.Sum(f => f.Committed), figures.FundsCommitted);
            Assert.Equal(funds.Sum(f => f.Spent), figures.FundsSpent);
            Assert.Equal(funds.Sum(f => f.Amount - f.Committed - f.Spent), figures.FundsBalance);
            // The demo ledger charges money as approval and payment would: committed is what is approved and unpaid.
            Assert.Equal(grants.Where(g => g.Status is GrantStatus.Approved or GrantStatus.OnNotice or GrantStatus.Payable).Sum(g => g.TotalAmount), figures.FundsCommitted);
            Assert.Equal(grants.Where(g => g.Status == GrantStatus.Disbursed).Sum(g => g.TotalAmount), figures.FundsSpent);
            return true;
        });
    }

    [Fact]
    public async Task The_demo_seeder_kept_tallies_equal_to_a_recount()
    {
        var (campaignId, _) = await FiguresAsync(SystemActor.For("test set-up"));
        await seeded.Database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            Assert.True(await db.CampaignTallies.AnyAsync(t => t.CampaignId == campaignId));
            await DirectFigures.AssertTalliesMatchRecountAsync(db, campaignId);
            return true;
        });
    }

    [Fact]
    public async Task A_branch_sees_only_its_own_figures()
    {
        var (_, all) = await FiguresAsync(SystemActor.For("test set-up"));
        var lishui = await seeded.Database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().OrgUnits.AsNoTracking().SingleAsync(u => u.Name == "丽水供电分工会"));
        var (_, branch) = await FiguresAsync(new FixedCurrentUser("officer", "officer", lishui.Id, lishui.Path, Roles.Officer));

        Assert.Equal(lishui.Id, Assert.Single(branch.ByUnit).OrgUnitId);
        Assert.Equal(all.ByUnit.Single(u => u.OrgUnitId == lishui.Id).Amount, branch.ApprovedAmount);
        Assert.True(branch.Applications < all.Applications);
        // Fund sources are the campaign's, the same for every reader.
        Assert.Equal(all.FundsRaised, branch.FundsRaised);
    }
}
