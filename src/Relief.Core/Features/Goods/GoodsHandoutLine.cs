namespace Relief.Core.Features.Goods;

/// <summary>One grant item on the hand-out form: ticked to hand it out, with the quantity (the item's, or less).</summary>
public sealed record GoodsHandoutLine
{
    public int GrantItemId { get; set; }
    public bool Selected { get; set; }
    public decimal Quantity { get; set; }
}
