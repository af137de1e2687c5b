using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Tests.TestSupport;
using UglyToad.PdfPig;

namespace Relief.Core.Tests.Reports;

/// <summary>The hotline and donated-goods figures of the summary against plain queries (rows loaded and counted in memory) on the demo data.</summary>
public sealed class HotlineGoodsFiguresTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private int _current;
    private int _previous;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        (_current, _previous) = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            return (await db.Campaigns.Where(c => c.Year == 2021).Select(c => c.Id).SingleAsync(), await db.Campaigns.Where(c => c.Year == 2020).Select(c => c.Id).SingleAsync());
        });
        _database.CurrentUser.Acting = new FixedCurrentUser("chair", "陈国华", null, "/", Roles.Chair);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<T> Db<T>(Func<ReliefDbContext, Task<T>> query) => _database.InScopeAsync(sp => query(sp.GetRequiredService<ReliefDbContext>()));

    [Fact]
    public async Task The_demo_has_twenty_calls_some_converted_and_a_donation_partly_handed_out_never_below_zero()
    {
        var calls = await Db(db => db.HotlineCalls.AsNoTracking().Where(c => c.CampaignId == _current).ToListAsync());
        Assert.Equal(20, calls.Count);
        Assert.Equal(4, calls.Count(c => c.ConcernId is not null));
        Assert.Equal(2, calls.Count(c => c.GrantId is not null));
        Assert.Contains(calls, c => c.HouseholdId is null);
        Assert.All(calls.Where(c => c.ConcernId is not null || c.GrantId is not null), c => Assert.NotNull(c.HouseholdId));
        // Links point at records of the same household and campaign.
        var concerns = await Db(db => db.Concerns.AsNoTracking().ToDictionaryAsync(c => c.Id));
        var grants = await Db(db => db.Grants.AsNoTracking().ToDictionaryAsync(g => g.Id));
        Assert.All(calls.Where(c => c.ConcernId is not null), c => Assert.Equal((c.HouseholdId, (int?)_current), (concerns[c.ConcernId!.Value].HouseholdId, concerns[c.ConcernId.Value].CampaignId)));
        Assert.All(calls.Where(c => c.GrantId is not null), c => Assert.Equal((c.HouseholdId!.Value, _current, GrantStatus.Applied),
            (grants[c.GrantId!.Value].HouseholdId, grants[c.GrantId.Value].CampaignId, grants[c.GrantId.Value].Status)));

        var stocks = await Db(db => db.GoodsStocks.AsNoTracking().ToListAsync());
        var receipts = await Db(db => db.GoodsReceipts.AsNoTracking().ToListAsync());
        var handouts = await Db(db => db.GoodsHandouts.AsNoTracking().ToListAsync());
        Assert.All(stocks, s =>
        {
            Assert.True(s.BalanceQuantity >= 0 && s.BalanceValue >= 0, $"{s.ItemName}: {s.BalanceQuantity}");
            Assert.Equal(receipts.Where(r => r.GoodsStockId == s.Id).Sum(r => r.Quantity), s.ReceivedQuantity);
            Assert.Equal(handouts.Where(h => h.GoodsStockId == s.Id).Sum(h => h.Quantity), s.HandedOutQuantity);
            Assert.Equal(handouts.Where(h => h.GoodsStockId == s.Id).Sum(h => h.Value), s.HandedOutValue);
        });
        Assert.Contains(stocks, s => s.CampaignId == _current && s.HandedOutQuantity > 0 && s.BalanceQuantity > 0);
        Assert.Contains(stocks, s => s.CampaignId == _current && s.HandedOutQuantity == 0);
        // Every hand-out is an item of a paid in-kind grant, of the same unit of measure, at most what was granted.
        var items = await Db(db => db.GrantItems.AsNoTracking().ToDictionaryAsync(i => i.Id));
        Assert.All(handouts, h =>
        {
            Assert.Equal(GrantStatus.Disbursed, grants[h.GrantId].Status);
            Assert.Equal(h.GrantId, items[h.GrantItemId].GrantId);
            Assert.Equal(stocks.Single(s => s.Id == h.GoodsStockId).Unit, items[h.GrantItemId].Unit);
            Assert.True(h.Quantity <= items[h.GrantItemId].Quantity);
        });
    }

    [Fact]
    public async Task Summary_figures_equal_direct_queries_for_this_and_the_previous_campaign()
    {
        foreach (var campaign in new[] { _current, _previous })
        {
            var figures = (await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(campaign))).HotlineGoods;
            var calls = await Db(db => db.HotlineCalls.AsNoTracking().Where(c => c.CampaignId == campaign).ToListAsync());
            var stocks = await Db(db => db.GoodsStocks.AsNoTracking().Where(s => s.CampaignId == campaign).ToListAsync());
            var receipts = await Db(db => db.GoodsReceipts.AsNoTracking().Where(r => r.CampaignId == campaign).ToListAsync());
            var hotline = await Db(db => db.CampaignHotlines.AsNoTracking().SingleAsync(h => h.CampaignId == campaign));

            Assert.Equal((hotline.PhoneNumber, hotline.DutyHours, hotline.HoursPerDay), (figures.HotlineNumber!, figures.DutyHours!, figures.HoursPerDay));
            Assert.Equal(calls.Count, figures.Calls);
            Assert.Equal(calls.Count(c => c.ConcernId is not null), figures.CallsToConcerns);
            Assert.Equal(calls.Count(c => c.GrantId is not null), figures.CallsToApplications);
            Assert.Equal(calls.GroupBy(c => c.Category).ToDictionary(g => g.Key, g => g.Count()), figures.CallCategories.ToDictionary(l => l.Category, l => l.Calls));
            Assert.Equal(receipts.Select(r => r.Donor).Distinct().Count(), figures.Donors);
            Assert.Equal(receipts.Sum(r => r.Value), figures.GoodsReceivedValue);
            Assert.Equal(await Db(db => db.GoodsHandouts.Where(h => h.Stock!.CampaignId == campaign).SumAsync(h => h.Value)), figures.GoodsHandedOutValue);
            foreach (var line in figures.Goods)
            {
                var ofItem = stocks.Where(s => s.ItemName == line.ItemName && s.Unit == line.Unit).ToList();
                Assert.Equal((ofItem.Sum(s => s.ReceivedQuantity), ofItem.Sum(s => s.HandedOutQuantity)), (line.Received, line.HandedOut));
            }
            Assert.Equal(stocks.Select(s => (s.ItemName, s.Unit)).Distinct().Count(), figures.Goods.Count);
            Assert.True(figures.Calls > 0 && figures.GoodsReceivedValue > 0);
        }
        // A branch officer's figures are the branch's: fewer calls, only the branch's goods.
        var all = (await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(_current))).HotlineGoods;
        var officer = await Db(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "officer");
            var path = await db.OrgUnits.Where(u => u.Id == user.OrgUnitId).Select(u => u.Path).SingleAsync();
            return new FixedCurrentUser(user.Id, user.DisplayName, user.OrgUnitId, path, Roles.Officer);
        });
        _database.CurrentUser.Acting = officer;
        var branch = (await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndQuery>().GetAsync(_current))).HotlineGoods;
        Assert.InRange(branch.Calls, 1, all.Calls - 1);
        Assert.Equal(890m, branch.GoodsReceivedValue);
    }

    [Fact]
    public async Task The_summary_pdf_names_the_hotline_and_the_donations_in_text_tables_and_comparison()
    {
        var chinese = new ReportFormat(CultureInfo.GetCultureInfo("zh-CN"));
        var printed = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(_current, chinese));
        using var document = PdfDocument.Open(printed.Content);
        var text = string.Concat(document.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text))));
        var donated = await Db(db => db.GoodsReceipts.Where(r => r.CampaignId == _current).SumAsync(r => r.Value));

        Assert.Contains("帮扶热线“0578-2125110”，全天24小时有专人值守，活动期间共接听来电20个，其中转为职工诉求4件，转为补助申请2件", text, StringComparison.Ordinal);
        Assert.Contains($"捐赠物资折价{chinese.Money(donated)}元", text, StringComparison.Ordinal);
        Assert.Contains("八、帮扶热线", text, StringComparison.Ordinal);
        Assert.Contains("九、捐赠物资（元）", text, StringComparison.Ordinal);
        Assert.Contains("热线来电（个）206+14", text, StringComparison.Ordinal);
        Assert.DoesNotContain("【?", text, StringComparison.Ordinal);
    }
}
