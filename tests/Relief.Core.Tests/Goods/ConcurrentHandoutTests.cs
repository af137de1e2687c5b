using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Goods;
using Relief.Core.Tests.Hotline;
using Relief.Core.Tests.Visits;

namespace Relief.Core.Tests.Goods;

/// <summary>
/// Hand-outs racing for one stock, each in its own scope and DbContext on the same SQLite file, as parallel requests
/// would: the balance never goes below zero, the stock's hand-out total equals the hand-outs recorded, and every
/// refusal says why.
/// </summary>
public sealed class ConcurrentHandoutTests : IAsyncLifetime
{
    private const int Households = 20;
    private const decimal Received = 15m;
    private VisitsDatabase _world = null!;

    public async Task InitializeAsync()
    {
        _world = await VisitsDatabase.CreateAsync();
        _world.ActAs(_world.Chair());
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Twenty_concurrent_hand_outs_of_two_bags_from_fifteen_never_take_the_balance_below_zero()
    {
        (await _world.GoodsAsync(s => s.ReceiveAsync(_world.Receipt(Received, 975m)))).Succeeded();
        var stockId = await _world.WithDbAsync(db => db.GoodsStocks.Select(s => s.Id).SingleAsync());
        var items = new List<int>();
        for (var i = 0; i < Households; i++)
        {
            var household = await _world.AddHouseholdAsync(_world.BranchA, $"困难职工{i + 1:00}");
            items.Add((await _world.AddParcelAsync(household, "大米", "袋", 2m)).ItemId);
        }

        using var start = new ManualResetEventSlim();
        var racing = items.Select(itemId => Task.Run(async () =>
        {
            start.Wait();
            return await _world.GoodsAsync(s => s.HandOutAsync(new GoodsHandoutInput
            {
                GoodsStockId = stockId,
                HandedOutOn = VisitsDatabase.Today,
                HandedOutBy = "张干事",
                Lines = [new GoodsHandoutLine { GrantItemId = itemId, Quantity = 2m, Selected = true }],
            }));
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(racing);

        var stock = await _world.StockAsync(stockId);
        var handouts = await _world.WithDbAsync(db => db.GoodsHandouts.AsNoTracking().ToListAsync());
        Assert.True(stock.BalanceQuantity >= 0, $"Below zero: {stock.BalanceQuantity}");
        Assert.True(stock.BalanceValue >= 0, $"Value below zero: {stock.BalanceValue}");
        Assert.Equal(handouts.Sum(h => h.Quantity), stock.HandedOutQuantity);
        Assert.Equal(handouts.Sum(h => h.Value), stock.HandedOutValue);
        Assert.Equal(results.Count(r => r.Succeeded), handouts.Count);
        // Fifteen bags cover seven hand-outs of two; some may have given up as busy, never more than seven went through.
        Assert.InRange(handouts.Count, 1, 7);
        foreach (var refused in results.Where(r => !r.Succeeded))
        {
            var message = Assert.Single(refused.Validation.Errors).ErrorMessage;
            Assert.True(message.Contains("库存不足", StringComparison.Ordinal) || message.Contains("同时发放", StringComparison.Ordinal), message);
        }
        // What is left can still be handed out: a busy refusal never leaves the stock locked or half-written.
        var left = items.Where(id => handouts.All(h => h.GrantItemId != id)).ToList();
        var remaining = (int)(stock.BalanceQuantity / 2m);
        foreach (var itemId in left.Take(remaining))
        {
            (await _world.GoodsAsync(s => s.HandOutAsync(new GoodsHandoutInput
            {
                GoodsStockId = stockId, HandedOutOn = VisitsDatabase.Today, HandedOutBy = "张干事",
                Lines = [new GoodsHandoutLine { GrantItemId = itemId, Quantity = 2m, Selected = true }],
            }))).Succeeded();
        }
        Assert.Equal(1m, (await _world.StockAsync(stockId)).BalanceQuantity);
    }
}
