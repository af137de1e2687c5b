namespace Relief.Core.Features.Goods;

/// <summary>A line of donated goods as it arrives: who gave what, how much, worth how much in all.</summary>
public sealed record GoodsReceiptInput
{
    public int CampaignId { get; set; }
    /// <summary>The unit that receives and holds the goods.</summary>
    public int OrgUnitId { get; set; }
    public string Donor { get; set; } = "";
    public string ItemName { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal Quantity { get; set; }
    /// <summary>The value of the whole line (折价), in yuan.</summary>
    public decimal Value { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string? Note { get; set; }
}
