using Relief.Core.Common;

namespace Relief.Core.Features.Goods;

/// <summary>
/// 物资发放: donated goods leaving the stock for one in-kind item of a grant (the grant says who gets 米 2 袋; this says
/// they came from the donation). At most one hand-out per grant item. Owned by the grant's unit, so the household's
/// officers see it.
/// </summary>
public class GoodsHandout : IUnitOwned
{
    public int Id { get; set; }
    public int GoodsStockId { get; set; }
    public GoodsStock? Stock { get; set; }
    public int GrantId { get; set; }
    public int GrantItemId { get; set; }
    public int OrgUnitId { get; set; }
    public decimal Quantity { get; set; }
    /// <summary>The stock's average value per unit at the time × quantity; the last units take what value is left.</summary>
    public decimal Value { get; set; }
    public DateOnly HandedOutOn { get; set; }
    public required string HandedOutBy { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
}
