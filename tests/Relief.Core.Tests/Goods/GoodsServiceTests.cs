using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Goods;
using Relief.Core.Features.Grants;
using Relief.Core.Tests.Hotline;
using Relief.Core.Tests.Visits;

namespace Relief.Core.Tests.Goods;

public sealed class GoodsServiceTests : IAsyncLifetime
{
    private VisitsDatabase _world = null!;

    public async Task InitializeAsync()
    {
        _world = await VisitsDatabase.CreateAsync();
        _world.ActAs(_world.Chair());
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private Task<string> StateAsync() => _world.WithDbAsync(async db =>
        string.Join(",", await db.GoodsStocks.OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.ReceivedQuantity}:{s.HandedOutQuantity}:{s.ReceivedValue}:{s.HandedOutValue}:{s.Version}").ToListAsync())
        + $" receipts {await db.GoodsReceipts.CountAsync()} handouts {await db.GoodsHandouts.CountAsync()} audit {await db.AuditEntries.CountAsync()}");

    private async Task<int> ReceiveAsync(GoodsReceiptInput input)
    {
        (await _world.GoodsAsync(s => s.ReceiveAsync(input))).Succeeded();
        return await _world.WithDbAsync(db => db.GoodsStocks.Where(s => s.ItemName == input.ItemName.Trim() && s.Unit == input.Unit.Trim()).Select(s => s.Id).SingleAsync());
    }

    private static GoodsHandoutInput HandOut(int stockId, params (int ItemId, decimal Quantity)[] lines) => new()
    {
        GoodsStockId = stockId,
        HandedOutOn = VisitsDatabase.Today,
        HandedOutBy = "张干事",
        Lines = lines.Select(l => new GoodsHandoutLine { GrantItemId = l.ItemId, Quantity = l.Quantity, Selected = true }).ToList(),
    };

    [Fact]
    public async Task Bad_receipts_are_refused_with_clear_messages_and_nothing_is_saved()
    {
        var before = await StateAsync();
        var bad = _world.Receipt(-5m, -1m) with { Donor = "", ReceivedOn = VisitsDatabase.Today.AddDays(1) };
        var errors = (await _world.GoodsAsync(s => s.ReceiveAsync(bad))).Errors();
        Assert.Contains("数量必须大于0。", errors, StringComparison.Ordinal);
        Assert.Contains("折价金额不能为负数", errors, StringComparison.Ordinal);
        Assert.Contains("捐赠单位（人）", errors, StringComparison.Ordinal);
        Assert.Contains("日期不能晚于今天。", errors, StringComparison.Ordinal);
        Assert.Contains("The quantity must be greater than 0.", (await _world.GoodsAsync(s => s.ReceiveAsync(bad), "en")).Errors(), StringComparison.Ordinal);
        Assert.Contains("数量最多保留3位小数。", (await _world.GoodsAsync(s => s.ReceiveAsync(_world.Receipt(1.0001m, 10m)))).Errors(), StringComparison.Ordinal);

        // A unit outside the user's scope, or outside the campaign's tree, cannot hold the campaign's goods.
        _world.ActAs(_world.Officer(_world.BranchA));
        Assert.Contains("接收单位", (await _world.GoodsAsync(s => s.ReceiveAsync(_world.Receipt(10m, 650m)))).Errors(), StringComparison.Ordinal);
        Assert.Contains("接收单位", (await _world.GoodsAsync(s => s.ReceiveAsync(_world.Receipt(10m, 650m) with { OrgUnitId = 999_999 }))).Errors(), StringComparison.Ordinal);
        _world.ActAs(_world.Auditor());
        Assert.Contains("只能查看", (await _world.GoodsAsync(s => s.ReceiveAsync(_world.Receipt(10m, 650m)))).Errors(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Receipts_of_the_same_item_and_unit_add_up_on_one_stock_and_the_balance_is_per_item_and_unit()
    {
        var rice = await ReceiveAsync(_world.Receipt(100m, 6500m));
        Assert.Equal(rice, await ReceiveAsync(_world.Receipt(20m, 1300m) with { Donor = "浙江绿谷电力设备有限公司", ItemName = " 大米 " }));
        var riceByWeight = await ReceiveAsync(_world.Receipt(500m, 2000m, unit: "斤"));
        Assert.NotEqual(rice, riceByWeight);
        var oil = await ReceiveAsync(_world.Receipt(30m, 2670m, "食用油", "桶"));

        var balance = await _world.GoodsAsync(s => s.BalanceAsync(_world.Campaign.Id));
        Assert.Equal([("大米", "斤", 500m), ("大米", "袋", 120m), ("食用油", "桶", 30m)], balance.Select(b => (b.ItemName, b.Unit, b.BalanceQuantity)));
        Assert.Equal(7800m, balance.Single(b => b.Id == rice).ReceivedValue);
        Assert.All(balance, b => Assert.Equal("甲公司工会", b.UnitName));
        var totals = await _world.GoodsAsync(s => s.ReceiptTotalsAsync(new GoodsReceiptQuery { CampaignId = _world.Campaign.Id }));
        Assert.Equal(new GoodsReceiptTotals(4, 2, 12470m), totals);
        Assert.Equal(1, (await _world.GoodsAsync(s => s.ReceiptsAsync(new GoodsReceiptQuery { CampaignId = _world.Campaign.Id, Donor = "绿谷" }, new PageRequest()))).Total);
        Assert.Equal(oil, (await _world.GoodsAsync(s => s.StocksWithBalanceAsync(_world.Campaign.Id))).Single(s => s.ItemName == "食用油").Id);
    }

    [Fact]
    public async Task Hand_outs_follow_the_grant_items_and_never_exceed_what_is_left()
    {
        var rice = await ReceiveAsync(_world.Receipt(5m, 325m));
        var first = await _world.AddHouseholdAsync(_world.BranchA, "钱一");
        var second = await _world.AddHouseholdAsync(_world.BranchA, "孙二");
        var third = await _world.AddHouseholdAsync(_world.BranchA, "李三");
        var (_, firstItem) = await _world.AddParcelAsync(first, "大米", "袋", 2m);
        var (_, secondItem) = await _world.AddParcelAsync(second, "米", "袋", 2m, GrantStatus.Disbursed);
        var (_, appliedItem) = await _world.AddParcelAsync(third, "大米", "袋", 2m, GrantStatus.Applied);
        var (_, oilItem) = await _world.AddParcelAsync(await _world.AddHouseholdAsync(_world.BranchA, "吴五"), "大米", "斤", 10m, GrantStatus.Disbursed);
        var (_, flourItem) = await _world.AddParcelAsync(await _world.AddHouseholdAsync(_world.BranchA, "郑六"), "面", "袋", 1m);

        var form = await _world.GoodsAsync(s => s.HandoutFormAsync(rice));
        Assert.True(form.CanHandOut);
        // The same goods (米 for 大米, not 面) in the same unit of measure, payable or paid grants only, exact names first.
        Assert.Equal([firstItem, secondItem], form.Items.Select(i => i.GrantItemId));
        Assert.True(form.Items[0].SameName);
        Assert.False(form.Items[1].SameName);

        var before = await StateAsync();
        Assert.Contains("只有“可发放”或“已发放”的补助", (await _world.GoodsAsync(s => s.HandOutAsync(HandOut(rice, (appliedItem, 2m))))).Errors(), StringComparison.Ordinal);
        Assert.Contains("与库存的“袋”不同", (await _world.GoodsAsync(s => s.HandOutAsync(HandOut(rice, (oilItem, 2m))))).Errors(), StringComparison.Ordinal);
        Assert.Contains("不是同一种物资", (await _world.GoodsAsync(s => s.HandOutAsync(HandOut(rice, (flourItem, 1m))))).Errors(), StringComparison.Ordinal);
        Assert.Contains("只批准了 2袋", (await _world.GoodsAsync(s => s.HandOutAsync(HandOut(rice, (firstItem, 3m))))).Errors(), StringComparison.Ordinal);
        Assert.Contains("请至少勾选一项", (await _world.GoodsAsync(s => s.HandOutAsync(HandOut(rice)))).Errors(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());

        (await _world.GoodsAsync(s => s.HandOutAsync(HandOut(rice, (firstItem, 2m), (secondItem, 1m))))).Succeeded();
        var stock = await _world.StockAsync(rice);
        Assert.Equal((3m, 195m, 2m, 130m), (stock.HandedOutQuantity, stock.HandedOutValue, stock.BalanceQuantity, stock.BalanceValue));
        Assert.Contains("已从捐赠物资中发放过", (await _world.GoodsAsync(s => s.HandOutAsync(HandOut(rice, (firstItem, 2m))))).Errors(), StringComparison.Ordinal);
        Assert.Empty((await _world.GoodsAsync(s => s.HandoutFormAsync(rice))).Items);

        var fourth = await _world.AddHouseholdAsync(_world.BranchA, "周四");
        var (_, bigItem) = await _world.AddParcelAsync(fourth, "大米", "袋", 3m);
        Assert.Contains("库存只剩 2袋，本次要发放 3袋", (await _world.GoodsAsync(s => s.HandOutAsync(HandOut(rice, (bigItem, 3m))))).Errors(), StringComparison.Ordinal);
        // The last units take the value that is left, to the fen.
        (await _world.GoodsAsync(s => s.HandOutAsync(HandOut(rice, (bigItem, 2m))))).Succeeded();
        stock = await _world.StockAsync(rice);
        Assert.Equal((0m, 0m, 325m), (stock.BalanceQuantity, stock.BalanceValue, stock.HandedOutValue));

        var handouts = await _world.GoodsAsync(s => s.HandoutsAsync(_world.Campaign.Id, rice, new PageRequest()));
        Assert.Equal(3, handouts.Total);
        // Newest first: the last hand-out (周四's two bags) heads the list.
        Assert.Equal(("周四", 2m, 130m), (handouts.Items[0].HouseholdName, handouts.Items[0].Quantity, handouts.Items[0].Value));
        Assert.Equal(325m, await _world.WithDbAsync(db => db.GoodsHandouts.SumAsync(h => h.Value)));
        // The branch officer sees the hand-outs to the branch's households, not the company's stock.
        _world.ActAs(_world.Officer(_world.BranchA));
        Assert.Equal(3, (await _world.GoodsAsync(s => s.HandoutsAsync(_world.Campaign.Id, null, new PageRequest()))).Total);
        Assert.Empty(await _world.GoodsAsync(s => s.BalanceAsync(_world.Campaign.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => _world.GoodsAsync(s => s.HandoutFormAsync(rice)));
    }
}
