using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Goods;

/// <summary>
/// 捐赠物资: goods received from donors and handed out through the items of payable or paid grants, with the balance per
/// item and unit of measure. Handing out more than is left is refused, also when two officers hand out at the same
/// moment: every movement changes the item's <see cref="GoodsStock"/> row under its version and retries on a conflict
/// (<see cref="FundRetry"/>, as fund sources do). Stocks and receipts are scoped by the holding unit, hand-outs by
/// the grant's unit.
/// </summary>
public sealed class GoodsService(
    ReliefDbContext db,
    ICurrentUser user,
    CampaignAccess access,
    IValidator<GoodsReceiptInput> receiptValidator,
    IValidator<GoodsHandoutInput> handoutValidator,
    IStringLocalizer<CoreMessages> messages,
    TimeProvider clock)
{
    /// <summary>How many grant items the hand-out form offers at once.</summary>
    public const int ChoiceLimit = 200;

    private static readonly GrantStatus[] HandOverStatuses = [GrantStatus.Payable, GrantStatus.Disbursed];

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>物资结存: every item held in the user's scope for the campaign, by unit and item.</summary>
    public async Task<IReadOnlyList<GoodsStockLine>> BalanceAsync(int campaignId, CancellationToken ct = default)
    {
        await access.FindAsync(campaignId, ct);
        return await StockLines(db.GoodsStocks.AsNoTracking().Where(s => s.CampaignId == campaignId))
            .ToListAsync(ct);
    }

    public async Task<GoodsStockLine> GetStockAsync(int stockId, CancellationToken ct = default) =>
        await StockLines(db.GoodsStocks.AsNoTracking().Where(s => s.Id == stockId)).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException();

    public async Task<PagedResult<GoodsReceiptListItem>> ReceiptsAsync(GoodsReceiptQuery query, PageRequest page, CancellationToken ct = default)
    {
        var receipts = await FilterAsync(query, ct);
        return await receipts.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id)
            .Select(r => new GoodsReceiptListItem(r.Id, r.ReceivedOn, r.Donor, r.ItemName, r.Unit, r.Quantity, r.Value,
                db.OrgUnits.Where(u => u.Id == r.OrgUnitId).Select(u => u.Name).First(), r.Note, r.RecordedBy))
            .ToPageAsync(page, ct);
    }

    /// <summary>Counted and summed in the database over everything the filters match.</summary>
    public async Task<GoodsReceiptTotals> ReceiptTotalsAsync(GoodsReceiptQuery query, CancellationToken ct = default)
    {
        var receipts = await FilterAsync(query, ct);
        return new GoodsReceiptTotals(await receipts.CountAsync(ct), await receipts.Select(r => r.Donor).Distinct().CountAsync(ct),
            await receipts.SumAsync(r => r.Value, ct));
    }

    public async Task<PagedResult<GoodsHandoutListItem>> HandoutsAsync(int campaignId, int? stockId, PageRequest page, CancellationToken ct = default)
    {
        await access.FindAsync(campaignId, ct);
        // The stock is often held by a unit above the household's (the company's donations, handed out to a branch's
        // households): its item names are read outside the scope, the hand-outs themselves within it.
        var stocks = await db.GoodsStocks.AsNoTracking().OutsideUnitScope().Where(s => s.CampaignId == campaignId && (stockId == null || s.Id == stockId))
            .ToDictionaryAsync(s => s.Id, s => (s.ItemName, s.Unit), ct);
        var stockIds = stocks.Keys.ToList();
        var rows = await db.GoodsHandouts.AsNoTracking().Where(h => stockIds.Contains(h.GoodsStockId))
            .Join(db.Grants, h => h.GrantId, g => g.Id, (h, g) => new { h, g })
            .OrderByDescending(x => x.h.HandedOutOn).ThenByDescending(x => x.h.Id)
            .Select(x => new GoodsHandoutListItem(x.h.Id, x.h.HandedOutOn, x.h.GoodsStockId, "", "", x.h.Quantity, x.h.Value,
                x.g.Id, x.g.Kind, x.g.HouseholdId, x.g.Household!.Name, x.g.OrgUnit!.Name, x.h.HandedOutBy, x.h.Note))
            .ToPageAsync(page, ct);
        return rows with
        {
            Items = rows.Items.Select(r => r with { ItemName = stocks[r.GoodsStockId].ItemName, Unit = stocks[r.GoodsStockId].Unit }).ToList(),
        };
    }

    /// <summary>A blank receipt for the campaign, held by the user's own unit, received today.</summary>
    public async Task<GoodsReceiptInput> NewReceiptAsync(int campaignId, CancellationToken ct = default)
    {
        await access.FindAsync(campaignId, ct);
        return new GoodsReceiptInput { CampaignId = campaignId, OrgUnitId = await DefaultUnitIdAsync(ct), ReceivedOn = Today };
    }

    /// <summary>The units that can hold the campaign's goods: active units of the user's scope inside the campaign's tree, by path.</summary>
    public async Task<IReadOnlyList<(int Id, string Name, int Depth)>> HolderChoicesAsync(int campaignId, CancellationToken ct = default)
    {
        var campaign = await access.FindAsync(campaignId, ct);
        var units = await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.IsActive && u.Path.StartsWith(campaign.OrgUnitPath))
            .OrderBy(u => u.Path).Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct);
        var top = units.Count == 0 ? 0 : units.Min(u => u.Path.Count(c => c == '/'));
        return units.Select(u => (u.Id, u.Name, u.Path.Count(c => c == '/') - top)).ToList();
    }

    public async Task<ServiceResult<int>> ReceiveAsync(GoodsReceiptInput input, CancellationToken ct = default)
    {
        if (await access.RefusalAsync(input.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await receiptValidator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);
        var campaign = await access.FindAsync(input.CampaignId, ct);
        var holder = await db.OrgUnits.AsNoTracking().InScope(user).Where(u => u.Id == input.OrgUnitId && u.IsActive)
            .Select(u => new { u.Id, u.Path }).FirstOrDefaultAsync(ct);
        if (holder is null || !holder.Path.StartsWith(campaign.OrgUnitPath, StringComparison.Ordinal))
            return ServiceResult<int>.Failure(nameof(input.OrgUnitId), messages["Goods.UnitRequired"]);

        var itemName = input.ItemName.Trim();
        var unit = input.Unit.Trim();
        GoodsReceipt? receipt = null;
        var refused = await FundRetry.SaveAsync(db, async attemptCt =>
        {
            var stock = await db.GoodsStocks.FirstOrDefaultAsync(
                s => s.CampaignId == input.CampaignId && s.OrgUnitId == holder.Id && s.ItemName == itemName && s.Unit == unit, attemptCt);
            if (stock is null)
            {
                stock = new GoodsStock { CampaignId = input.CampaignId, OrgUnitId = holder.Id, ItemName = itemName, Unit = unit };
                db.GoodsStocks.Add(stock);
            }
            stock.ReceivedQuantity += input.Quantity;
            stock.ReceivedValue += input.Value;
            receipt = new GoodsReceipt
            {
                CampaignId = input.CampaignId,
                OrgUnitId = holder.Id,
                Stock = stock,
                Donor = input.Donor.Trim(),
                ItemName = itemName,
                Unit = unit,
                Quantity = input.Quantity,
                Value = input.Value,
                ReceivedOn = input.ReceivedOn,
                Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
                RecordedBy = user.UserName,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.GoodsReceipts.Add(receipt);
            return null;
        }, messages["Goods.Busy"], ct);
        return refused is null ? ServiceResult<int>.Success(receipt!.Id) : ServiceResult<int>.Failure("", refused);
    }

    /// <summary>The stocks of the campaign in scope that still hold something, for choosing what to hand out.</summary>
    public async Task<IReadOnlyList<GoodsStockLine>> StocksWithBalanceAsync(int campaignId, CancellationToken ct = default) =>
        (await BalanceAsync(campaignId, ct)).Where(s => s.BalanceQuantity > 0).ToList();

    /// <summary>The hand-out form of one stock: the grant items it can supply, name matches first.</summary>
    public async Task<HandoutForm> HandoutFormAsync(int stockId, CancellationToken ct = default)
    {
        var stock = await GetStockAsync(stockId, ct);
        var state = await access.FindAsync(stock.CampaignId, ct);
        var holderPath = await db.OrgUnits.AsNoTracking().Where(u => u.Id == stock.OrgUnitId).Select(u => u.Path).FirstAsync(ct);
        var choices = await Choices(stock, holderPath, state.Id).Take(ChoiceLimit + 1).ToListAsync(ct);
        return new HandoutForm(stock, state.Id, state.Name, await access.RefusalAsync(stock.CampaignId, ct), choices.Take(ChoiceLimit).ToList(), choices.Count > ChoiceLimit);
    }

    /// <summary>The display name of the user, the usual "发放人".</summary>
    public async Task<string> CurrentUserNameAsync(CancellationToken ct = default) =>
        await db.Users.AsNoTracking().Where(u => u.Id == user.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? user.UserName ?? "";

    /// <summary>
    /// Hands out the chosen grant items from one stock, all or none. Refused when the stock does not hold enough (checked
    /// again on every retry, so racing hand-outs can never take the balance below zero), when a grant is not payable
    /// or paid, lies outside the holding unit's tree, measures in another unit, or its item was handed out already.
    /// </summary>
    public async Task<ServiceResult<int>> HandOutAsync(GoodsHandoutInput input, CancellationToken ct = default)
    {
        var stockInfo = await db.GoodsStocks.AsNoTracking().Where(s => s.Id == input.GoodsStockId)
            .Select(s => new { s.Id, s.CampaignId, s.Unit, s.ItemName, HolderPath = db.OrgUnits.Where(u => u.Id == s.OrgUnitId).Select(u => u.Path).First() })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        if (await access.RefusalAsync(stockInfo.CampaignId, ct) is { } refusal) return ServiceResult<int>.Failure("", refusal);
        var validation = await handoutValidator.ValidateAsync(input, ct);
        if (!validation.IsValid) return ServiceResult<int>.Failure(validation);

        var chosen = input.Chosen.ToList();
        if (chosen.Select(l => l.GrantItemId).Distinct().Count() != chosen.Count)
            return ServiceResult<int>.Failure(nameof(input.Lines), messages["Goods.ItemTwice"]);
        var itemIds = chosen.Select(l => l.GrantItemId).ToList();
        var items = await (from i in db.GrantItems.AsNoTracking()
                           join g in db.Grants.AsNoTracking() on i.GrantId equals g.Id
                           where itemIds.Contains(i.Id)
                           select new
                           {
                               i.Id, i.GrantId, i.Name, i.Unit, i.Quantity, g.CampaignId, g.Status, g.OrgUnitId,
                               UnitPath = g.OrgUnit!.Path, HouseholdName = g.Household!.Name,
                           })
            .ToDictionaryAsync(x => x.Id, ct);
        foreach (var line in chosen)
        {
            var index = input.Lines.IndexOf(line);
            var field = $"{nameof(input.Lines)}[{index}].{nameof(line.Quantity)}";
            if (!items.TryGetValue(line.GrantItemId, out var item) || item.CampaignId != stockInfo.CampaignId
                || !item.UnitPath.StartsWith(stockInfo.HolderPath, StringComparison.Ordinal))
                return ServiceResult<int>.Failure(field, messages["Goods.ItemNotSupplied"]);
            if (!HandOverStatuses.Contains(item.Status))
                return ServiceResult<int>.Failure(field, messages["Goods.GrantNotPayable", item.HouseholdName, messages.Label(item.Status)]);
            if (!string.Equals(item.Unit.Trim(), stockInfo.Unit, StringComparison.Ordinal))
                return ServiceResult<int>.Failure(field, messages["Goods.UnitMismatch", item.Name, item.Unit, stockInfo.Unit]);
            if (!SameGoods(item.Name, stockInfo.ItemName))
                return ServiceResult<int>.Failure(field, messages["Goods.NameMismatch", item.Name, stockInfo.ItemName]);
            if (line.Quantity > item.Quantity)
                return ServiceResult<int>.Failure(field, messages["Goods.MoreThanGranted", item.HouseholdName, Quantity(item.Quantity), item.Unit]);
        }

        var handedOutBy = input.HandedOutBy.Trim();
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        var refused = await FundRetry.SaveAsync(db, async attemptCt =>
        {
            var stock = await db.GoodsStocks.FirstAsync(s => s.Id == stockInfo.Id, attemptCt);
            var already = await db.GoodsHandouts.AsNoTracking().Where(h => itemIds.Contains(h.GrantItemId))
                .Select(h => h.GrantItemId).FirstOrDefaultAsync(attemptCt);
            if (already != 0) return messages["Goods.AlreadyHandedOut", items[already].HouseholdName, items[already].Name];
            var wanted = chosen.Sum(l => l.Quantity);
            if (wanted > stock.BalanceQuantity)
                return messages["Goods.NotEnough", stock.ItemName, Quantity(stock.BalanceQuantity), stock.Unit, Quantity(wanted)];
            foreach (var line in chosen)
            {
                var item = items[line.GrantItemId];
                var value = stock.HandOut(line.Quantity);
                db.GoodsHandouts.Add(new GoodsHandout
                {
                    GoodsStockId = stock.Id,
                    GrantId = item.GrantId,
                    GrantItemId = item.Id,
                    OrgUnitId = item.OrgUnitId,
                    Quantity = line.Quantity,
                    Value = value,
                    HandedOutOn = input.HandedOutOn,
                    HandedOutBy = handedOutBy,
                    Note = note,
                    CreatedAt = now,
                });
            }
            return null;
        }, messages["Goods.Busy"], ct);
        return refused is null ? ServiceResult<int>.Success(chosen.Count) : ServiceResult<int>.Failure("", refused);
    }

    /// <summary>The grant's item and the donated goods are the same thing when one name holds the other: 米 and 大米, not 米 and 面.</summary>
    public static bool SameGoods(string grantItem, string stockItem)
    {
        var item = grantItem.Trim();
        return item.Length > 0 && (item.Contains(stockItem, StringComparison.Ordinal) || stockItem.Contains(item, StringComparison.Ordinal));
    }

    public static string Quantity(decimal quantity) => quantity.ToString("0.###", System.Globalization.CultureInfo.CurrentCulture);

    private IQueryable<GrantItemChoice> Choices(GoodsStockLine stock, string holderPath, int campaignId)
    {
        var unit = stock.Unit;
        var name = stock.ItemName;
        return from i in db.GrantItems.AsNoTracking()
               join g in db.Grants.AsNoTracking() on i.GrantId equals g.Id
               where g.CampaignId == campaignId && HandOverStatuses.Contains(g.Status) && i.Unit == unit && (i.Name.Contains(name) || name.Contains(i.Name))
                   && g.OrgUnit!.Path.StartsWith(holderPath)
                   && !db.GoodsHandouts.Any(h => h.GrantItemId == i.Id)
               orderby i.Name == name descending, g.Household!.Name, g.Id, i.Id
               select new GrantItemChoice(i.Id, g.Id, g.HouseholdId, g.Household!.Name, g.OrgUnit!.Name, g.Kind, g.Status, i.Name, i.Unit, i.Quantity, i.Name == name);
    }

    private IQueryable<GoodsStockLine> StockLines(IQueryable<GoodsStock> stocks) =>
        from s in stocks
        join u in db.OrgUnits on s.OrgUnitId equals u.Id
        orderby u.Path, s.ItemName, s.Unit, s.Id
        select new GoodsStockLine(s.Id, s.CampaignId, s.OrgUnitId, u.Name, s.ItemName, s.Unit, s.ReceivedQuantity, s.HandedOutQuantity, s.ReceivedValue, s.HandedOutValue);

    private async Task<IQueryable<GoodsReceipt>> FilterAsync(GoodsReceiptQuery query, CancellationToken ct)
    {
        await access.FindAsync(query.CampaignId, ct);
        var receipts = db.GoodsReceipts.AsNoTracking().Where(r => r.CampaignId == query.CampaignId);
        if (!string.IsNullOrWhiteSpace(query.Donor))
        {
            var donor = query.Donor.Trim();
            receipts = receipts.Where(r => r.Donor.Contains(donor));
        }
        if (!string.IsNullOrWhiteSpace(query.Item))
        {
            var item = query.Item.Trim();
            receipts = receipts.Where(r => r.ItemName.Contains(item));
        }
        return receipts;
    }

    private async Task<int> DefaultUnitIdAsync(CancellationToken ct) =>
        user.OrgUnitId ?? await db.OrgUnits.AsNoTracking().InScope(user).OrderBy(u => u.Path).Select(u => u.Id).FirstAsync(ct);
}
