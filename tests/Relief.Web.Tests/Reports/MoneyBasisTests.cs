using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Grants;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Reports;

/// <summary>
/// Every money figure says its basis (applied, approved or paid), and no total silently takes in rejected or withdrawn
/// grants: the dashboard's 困难补助 (approved) and the summary's (paid) are different figures and each says so.
/// </summary>
public sealed class MoneyBasisTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The demo campaign: the newest (its year moves with the demo data).</summary>
    private Task<int> CampaignAsync() => factory.QueryAsync(db => db.Campaigns.OrderByDescending(c => c.StartsOn).Select(c => c.Id).FirstAsync());

    [Fact]
    public async Task The_grant_list_total_leaves_out_rejected_and_withdrawn_grants_and_says_so_and_its_basis()
    {
        var campaignId = await CampaignAsync();
        var grants = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId).Select(g => new { g.Status, g.TotalAmount, g.HouseholdId }).ToListAsync());
        var live = grants.Where(g => g.Status is not (GrantStatus.Rejected or GrantStatus.Withdrawn)).ToList();
        var dead = grants.Count - live.Count;
        Assert.True(dead > 0, "the demo campaign has rejected or withdrawn grants");
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);

        var list = await chair.GetHtmlAsync($"/Grants?campaignId={campaignId}");
        var summary = list.Text("#grant-totals");
        Assert.Contains($"共 {live.Count} 笔，{live.Select(g => g.HouseholdId).Distinct().Count()} 户，申请金额合计 ¥{live.Sum(g => g.TotalAmount).ToString("N2", Chinese)}", summary, StringComparison.Ordinal);
        Assert.Contains($"未通过、已撤回的 {dead} 笔不计入合计", summary, StringComparison.Ordinal);
        Assert.Contains("合计（申请金额）", list.Text(".grants-table tfoot"), StringComparison.Ordinal);

        var paid = await chair.GetHtmlAsync($"/Grants?campaignId={campaignId}&Filter.Status=Disbursed");
        Assert.Contains("已发放金额合计", paid.Text("#grant-totals"), StringComparison.Ordinal);
        Assert.Null(paid.QuerySelector("#grant-totals-excluded"));
    }

    [Fact]
    public async Task The_dashboard_names_the_basis_of_every_amount_and_its_status_total_leaves_out_rejected_and_withdrawn()
    {
        var campaignId = await CampaignAsync();
        var live = await factory.QueryAsync(async db => (await db.Grants.Where(g => g.CampaignId == campaignId).Select(g => new { g.Status, g.TotalAmount }).ToListAsync())
            .Where(g => g.Status is not (GrantStatus.Rejected or GrantStatus.Withdrawn)).ToList());
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var page = await chair.GetHtmlAsync($"/Dashboard?campaignId={campaignId}");

        Assert.Contains("批准金额", page.Text("#stat-approved"), StringComparison.Ordinal);
        Assert.Contains("发放金额", page.Text("#stat-paid"), StringComparison.Ordinal);
        foreach (var table in new[] { "#table-kind", "#table-category", "#table-unit" })
        {
            Assert.Contains("批准金额（元）", page.Text($"{table} thead"), StringComparison.Ordinal);
            Assert.Contains("已发放金额（元）", page.Text($"{table} thead"), StringComparison.Ordinal);
        }
        var total = page.Text("#status-total-live");
        Assert.Contains("不含未通过、已撤回", total, StringComparison.Ordinal);
        Assert.Contains(live.Count.ToString("N0", Chinese), total, StringComparison.Ordinal);
        Assert.Contains(live.Sum(g => g.TotalAmount).ToString("N2", Chinese), total, StringComparison.Ordinal);
    }
}
