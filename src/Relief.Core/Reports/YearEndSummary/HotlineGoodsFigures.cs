using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Hotline;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The relief hotline (帮扶热线) and donated goods (捐赠物资) of one campaign, within the reader's scope: the seed's "公布了
/// 热线电话“___”,每天___小时值班" and "捐款捐物". Aggregated in SQL like the rest of <see cref="YearEndQuery"/>.
/// </summary>
public sealed record HotlineGoodsFigures
{
    public static readonly HotlineGoodsFigures None = new();

    public string? HotlineNumber { get; init; }
    public string? DutyHours { get; init; }
    public int? HoursPerDay { get; init; }
    public int Calls { get; init; }
    public int CallsToConcerns { get; init; }
    public int CallsToApplications { get; init; }
    public IReadOnlyList<CallCategoryLine> CallCategories { get; init; } = [];
    public int Donors { get; init; }
    public decimal GoodsReceivedValue { get; init; }
    public decimal GoodsHandedOutValue { get; init; }
    public IReadOnlyList<GoodsLine> Goods { get; init; } = [];

    public decimal GoodsBalanceValue => GoodsReceivedValue - GoodsHandedOutValue;

    public sealed record CallCategoryLine(HotlineCallCategory Category, int Calls);

    /// <summary>One item and unit of measure, over every unit holding it.</summary>
    public sealed record GoodsLine(string ItemName, string Unit, decimal Received, decimal HandedOut, decimal ReceivedValue, decimal HandedOutValue)
    {
        public decimal Balance => Received - HandedOut;
    }

    public static async Task<HotlineGoodsFigures> QueryAsync(ReliefDbContext db, ICurrentUser user, int campaignId, CancellationToken ct)
    {
        var line = await db.HotlineOfAsync(campaignId, ct);
        var calls = db.HotlineCalls.AsNoTracking().Where(c => c.CampaignId == campaignId);
        var stocks = db.GoodsStocks.AsNoTracking().Where(s => s.CampaignId == campaignId);
        var receipts = db.GoodsReceipts.AsNoTracking().Where(r => r.CampaignId == campaignId);
        return new HotlineGoodsFigures
        {
            HotlineNumber = line?.PhoneNumber,
            DutyHours = line?.DutyHours,
            HoursPerDay = line?.HoursPerDay,
            Calls = await calls.CountAsync(ct),
            CallsToConcerns = await calls.CountAsync(c => c.ConcernId != null, ct),
            CallsToApplications = await calls.CountAsync(c => c.GrantId != null, ct),
            CallCategories = await calls.GroupBy(c => c.Category).Select(g => new CallCategoryLine(g.Key, g.Count())).ToListAsync(ct),
            Donors = await receipts.Select(r => r.Donor).Distinct().CountAsync(ct),
            GoodsReceivedValue = await stocks.SumAsync(s => s.ReceivedValue, ct),
            GoodsHandedOutValue = await stocks.SumAsync(s => s.HandedOutValue, ct),
            Goods = await stocks.GroupBy(s => new { s.ItemName, s.Unit })
                .Select(g => new GoodsLine(g.Key.ItemName, g.Key.Unit, g.Sum(s => s.ReceivedQuantity), g.Sum(s => s.HandedOutQuantity),
                    g.Sum(s => s.ReceivedValue), g.Sum(s => s.HandedOutValue)))
                .ToListAsync(ct),
        };
    }
}
