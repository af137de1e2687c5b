namespace Relief.Core.Features.Goods;

/// <summary>Goods of one stock handed out for several grant items at once: all of them or none.</summary>
public sealed record GoodsHandoutInput
{
    public int GoodsStockId { get; set; }
    public DateOnly HandedOutOn { get; set; }
    public string HandedOutBy { get; set; } = "";
    public string? Note { get; set; }
    public List<GoodsHandoutLine> Lines { get; set; } = [];

    public IEnumerable<GoodsHandoutLine> Chosen => Lines.Where(l => l.Selected);
}
