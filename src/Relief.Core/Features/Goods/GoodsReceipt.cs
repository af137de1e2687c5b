using Relief.Core.Common;

namespace Relief.Core.Features.Goods;

/// <summary>捐赠物资入库: goods a donor gave, with their value (折价), added to the stock of the item.</summary>
public class GoodsReceipt : IUnitOwned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int OrgUnitId { get; set; }
    public int GoodsStockId { get; set; }
    public GoodsStock? Stock { get; set; }
    public required string Donor { get; set; }
    public required string ItemName { get; set; }
    public required string Unit { get; set; }
    public decimal Quantity { get; set; }
    /// <summary>The value of the whole line in yuan (not per unit).</summary>
    public decimal Value { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string? Note { get; set; }
    public string? RecordedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
