using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Goods;
using Relief.Core.Features.Grants;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Goods;

/// <summary>捐赠物资 through the pages: the balance, recording a donation, handing out through grant items, and the refusals.</summary>
public sealed class GoodsPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private async Task<int> CampaignAsync() => (await factory.RunningCampaignAsync()).Id;

    [Fact]
    public async Task The_balance_shows_each_item_received_handed_out_and_left_with_values()
    {
        var campaignId = await CampaignAsync();
        var stocks = await factory.QueryAsync(db => db.GoodsStocks.Where(s => s.CampaignId == campaignId).ToListAsync());
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var page = await chair.GetHtmlAsync("/Goods");

        var rows = page.QuerySelectorAll(".stock-table tbody tr");
        Assert.Equal(stocks.Count, rows.Length);
        var rice = stocks.Single(s => s.ItemName == "米" && s.Unit == "袋");
        var riceRow = rows.Single(r => r.QuerySelector("a")!.TextContent == "米");
        Assert.Equal(
            [rice.ReceivedQuantity.ToString("#,##0.###", CultureInfo.InvariantCulture), rice.HandedOutQuantity.ToString("#,##0.###", CultureInfo.InvariantCulture), (rice.ReceivedQuantity - rice.HandedOutQuantity).ToString("#,##0.###", CultureInfo.InvariantCulture)],
            riceRow.QuerySelectorAll("td.num").Take(3).Select(c => c.TextContent.Trim()));
        Assert.Contains((stocks.Sum(s => s.ReceivedValue - s.HandedOutValue)).ToString("N2", CultureInfo.GetCultureInfo("zh-CN")), page.Text(".stock-table tfoot"), StringComparison.Ordinal);

        // The branch officer sees the branch's own stock only.
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var branch = await officer.GetHtmlAsync("/Goods");
        Assert.Single(branch.QuerySelectorAll(".stock-table tbody tr"));
        Assert.Contains("油", branch.Text(".stock-table tbody"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_donation_is_recorded_after_bad_input_is_refused_next_to_the_fields()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var form = await chair.GetHtmlAsync("/Goods/Receive");
        var before = await factory.QueryAsync(db => db.GoodsReceipts.CountAsync());

        var bad = await chair.SubmitAsync(form, new Dictionary<string, string>
            { ["Input.Donor"] = "丽水市总工会机关", ["Input.ItemName"] = "棉衣", ["Input.Unit"] = "件", ["Input.Quantity"] = "-3", ["Input.Value"] = "-1" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var again = await bad.ReadHtmlAsync();
        Assert.Contains("数量必须大于0。", again.Text("#err-Quantity"), StringComparison.Ordinal);
        Assert.Contains("折价金额不能为负数", again.Text("#err-Value"), StringComparison.Ordinal);
        Assert.Equal("棉衣", again.Value("#Input_ItemName"));
        Assert.Equal(before, await factory.QueryAsync(db => db.GoodsReceipts.CountAsync()));

        var saved = await chair.SubmitAsync(again, new Dictionary<string, string> { ["Input.Quantity"] = "40", ["Input.Value"] = "4800" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var balance = await chair.GetHtmlAsync(saved.Headers.Location!.ToString());
        Assert.Contains("已登记入库：棉衣 40件。", balance.Text(".alert-success"), StringComparison.Ordinal);
        Assert.Contains(balance.QuerySelectorAll(".stock-table tbody tr"), r => r.TextContent.Contains("棉衣", StringComparison.Ordinal));
        var receipts = await chair.GetHtmlAsync($"/Goods/Receipts?Donor={Uri.EscapeDataString("总工会机关")}");
        Assert.Contains("共 1 笔", receipts.Text("main"), StringComparison.Ordinal);

        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var page = await auditor.GetHtmlAsync("/Goods");
        Assert.Null(page.QuerySelector("a[href^='/Goods/Receive']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostWithTokenAsync(page, "/Goods/Receive")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostWithTokenAsync(page, "/Goods/HandOut")).StatusCode);
    }

    [Fact]
    public async Task Goods_go_out_through_ticked_grant_items_and_more_than_granted_is_refused()
    {
        var campaign = await factory.RunningCampaignAsync();
        var campaignId = campaign.Id;
        // A payable in-kind grant of the officer's branch with rice not yet supplied: the demo's paid parcels already were.
        var unit = await factory.UnitOfAsync(DemoUsers.Officer);
        var (grantId, itemId) = await factory.QueryAsync(async db =>
        {
            var household = await db.Households.Where(h => h.OrgUnitId == unit && !db.Grants.Any(g => g.HouseholdId == h.Id && g.CampaignId == campaignId && g.Kind == GrantKind.InKind))
                .OrderBy(h => h.Id).Select(h => h.Id).FirstAsync();
            var grant = new Grant
            {
                CampaignId = campaignId, HouseholdId = household, OrgUnitId = unit, Kind = GrantKind.InKind, Category = Relief.Core.Features.Households.HouseholdCategory.HardshipEmployee,
                InKindValue = 130m, TotalAmount = 130m, Reason = "物资慰问", Status = GrantStatus.Payable, AppliedOn = campaign.StartsOn.AddDays(5), CreatedAt = DateTime.UtcNow,
            };
            grant.Items.Add(new GrantItem { Name = "米", Unit = "袋", Quantity = 2m, UnitValue = 65m });
            db.Grants.Add(grant);
            await db.SaveChangesAsync();
            return (grant.Id, grant.Items[0].Id);
        });
        var stock = await factory.QueryAsync(db => db.GoodsStocks.SingleAsync(s => s.CampaignId == campaignId && s.ItemName == "米" && s.Unit == "袋"));
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var form = await chair.GetHtmlAsync($"/Goods/HandOut?stockId={stock.Id}");
        var rows = form.QuerySelectorAll(".handout-table tbody tr");
        var index = rows.Select((r, i) => (r, i)).Single(x => x.r.QuerySelector("input[type=hidden][name$='GrantItemId']")!.GetAttribute("value") == itemId.ToString(CultureInfo.InvariantCulture)).i;

        var tooMany = await chair.SubmitAsync(form, new Dictionary<string, string>
            { [$"Input.Lines[{index}].Selected"] = "true", [$"Input.Lines[{index}].Quantity"] = "5" }, formSelector: "#handout-form");
        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        var again = await tooMany.ReadHtmlAsync();
        Assert.Contains("只批准了 2袋", again.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(stock.HandedOutQuantity, await factory.QueryAsync(db => db.GoodsStocks.Where(s => s.Id == stock.Id).Select(s => s.HandedOutQuantity).SingleAsync()));

        var nothing = await chair.SubmitAsync(again, new Dictionary<string, string> { [$"Input.Lines[{index}].Selected"] = "false" }, formSelector: "#handout-form");
        Assert.Contains("请至少勾选一项", (await nothing.ReadHtmlAsync()).Text("#err-Lines"), StringComparison.Ordinal);

        var saved = await chair.SubmitAsync(form, new Dictionary<string, string>
            { [$"Input.Lines[{index}].Selected"] = "true", [$"Input.Lines[{index}].Quantity"] = "2" }, formSelector: "#handout-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var handouts = await chair.GetHtmlAsync(saved.Headers.Location!.ToString());
        Assert.Contains("已发放 1 项补助物资。", handouts.Text(".alert-success"), StringComparison.Ordinal);
        Assert.NotNull(handouts.QuerySelector($"a[href='/Grants/Details/{grantId}']"));
        var after = await factory.QueryAsync(db => db.GoodsStocks.AsNoTracking().SingleAsync(s => s.Id == stock.Id));
        Assert.Equal(stock.HandedOutQuantity + 2m, after.HandedOutQuantity);
        Assert.Equal(stock.HandedOutValue + 130m, after.HandedOutValue);
        // The item is supplied: it is no longer offered.
        var refreshed = await chair.GetHtmlAsync($"/Goods/HandOut?stockId={stock.Id}");
        Assert.DoesNotContain(refreshed.QuerySelectorAll("input[name$='GrantItemId']"), i => i.GetAttribute("value") == itemId.ToString(CultureInfo.InvariantCulture));

        // The company's stock is outside the branch officer's scope.
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Goods/HandOut?stockId={stock.Id}")).StatusCode);
    }
}
