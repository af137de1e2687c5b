using Relief.Core.Features.Grants;

namespace Relief.Core.Features.Goods;

public sealed record GoodsHandoutListItem(
    int Id, DateOnly HandedOutOn, int GoodsStockId, string ItemName, string Unit, decimal Quantity, decimal Value,
    int GrantId, GrantKind GrantKind, int HouseholdId, string HouseholdName, string UnitName, string HandedOutBy, string? Note);
