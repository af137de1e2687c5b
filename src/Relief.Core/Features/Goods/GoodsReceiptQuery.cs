namespace Relief.Core.Features.Goods;

public sealed record GoodsReceiptQuery
{
    public int CampaignId { get; set; }
    /// <summary>Part of the donor's name.</summary>
    public string? Donor { get; set; }
    /// <summary>Part of the item's name.</summary>
    public string? Item { get; set; }
}
