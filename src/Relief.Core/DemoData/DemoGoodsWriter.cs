using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Goods;
using Relief.Core.Features.Grants;

namespace Relief.Core.DemoData;

/// <summary>
/// Donation drives (捐款捐物): goods from a city bureau and local firms, held by the company union (and a little by the 丽水
/// branch), and the rice, flour and oil of the paid holiday parcels handed out of them; the rest is still in stock.
/// </summary>
public sealed class DemoGoodsWriter(ReliefDbContext db, DemoUnits units, DemoStaff staff)
{
    private sealed record Donation(DateOnly On, string Donor, string Item, string Unit, decimal Quantity, decimal Value, string? Note = null);

    public async Task WriteAsync(Campaign previous, Campaign current, CancellationToken ct)
    {
        await WriteAsync(previous, units.Company,
            [new(new(2019, 12, 28), "丽水市商务局", "米", "袋", 30m, 1800m, "市商务局党员干部爱心捐赠")], ct);
        await WriteAsync(current, units.Company,
        [
            new(new(2021, 1, 5), "丽水市商务局", "米", "袋", 60m, 3900m, "市商务局党员干部爱心捐赠"),
            new(new(2021, 1, 5), "丽水市商务局", "面", "袋", 30m, 1350m),
            new(new(2021, 1, 8), "浙江绿谷电力设备有限公司", "油", "桶", 30m, 2670m),
            new(new(2021, 1, 12), "丽水市供销合作社", "棉被", "床", 20m, 3000m, "冬季御寒物资，待统一发放"),
        ], ct);
        await WriteAsync(current, units.LishuiBranch, [new(new(2021, 1, 15), "莲都区爱心企业联合会", "油", "桶", 10m, 890m)], ct);
    }

    /// <summary>Receipts into one holder's stock, then the holiday parcels of paid in-kind grants below it out of the stock.</summary>
    private async Task WriteAsync(Campaign campaign, OrgUnit holder, IReadOnlyList<Donation> donations, CancellationToken ct)
    {
        var stocks = new Dictionary<(string, string), GoodsStock>();
        foreach (var donation in donations)
        {
            if (!stocks.TryGetValue((donation.Item, donation.Unit), out var stock))
            {
                stock = new GoodsStock { CampaignId = campaign.Id, OrgUnitId = holder.Id, ItemName = donation.Item, Unit = donation.Unit };
                stocks[(donation.Item, donation.Unit)] = stock;
                db.GoodsStocks.Add(stock);
            }
            stock.ReceivedQuantity += donation.Quantity;
            stock.ReceivedValue += donation.Value;
            db.GoodsReceipts.Add(new GoodsReceipt
            {
                CampaignId = campaign.Id,
                OrgUnitId = holder.Id,
                Stock = stock,
                Donor = donation.Donor,
                ItemName = donation.Item,
                Unit = donation.Unit,
                Quantity = donation.Quantity,
                Value = donation.Value,
                ReceivedOn = donation.On,
                Note = donation.Note,
                RecordedBy = staff.OfficerFor(holder.Id, units).DisplayName,
                CreatedAt = DemoDates.Stamp(donation.On),
            });
        }
        await db.SaveChangesAsync(ct);
        if (holder.Id != units.Company.Id) return;

        // The company's stock feeds the paid parcels of every branch: one hand-out per item of each parcel.
        var parcels = await db.Grants.Where(g => g.CampaignId == campaign.Id && g.Kind == GrantKind.InKind && g.Status == GrantStatus.Disbursed)
            .OrderBy(g => g.Id)
            .Select(g => new
            {
                g.Id, g.OrgUnitId,
                PaidOn = db.Disbursements.Where(d => d.GrantId == g.Id).Select(d => d.PaidOn).First(),
                Items = g.Items.OrderBy(i => i.Id).Select(i => new { i.Id, i.Name, i.Unit, i.Quantity }).ToList(),
            })
            .ToListAsync(ct);
        foreach (var parcel in parcels)
        foreach (var item in parcel.Items)
        {
            if (!stocks.TryGetValue((item.Name, item.Unit), out var stock) || stock.BalanceQuantity < item.Quantity) continue;
            var value = stock.HandOut(item.Quantity);
            db.GoodsHandouts.Add(new GoodsHandout
            {
                GoodsStockId = stock.Id,
                GrantId = parcel.Id,
                GrantItemId = item.Id,
                OrgUnitId = parcel.OrgUnitId,
                Quantity = item.Quantity,
                Value = value,
                HandedOutOn = parcel.PaidOn,
                HandedOutBy = staff.OfficerFor(parcel.OrgUnitId, units).DisplayName,
                Note = "节日物资慰问包（捐赠物资）",
                CreatedAt = DemoDates.Stamp(parcel.PaidOn),
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
