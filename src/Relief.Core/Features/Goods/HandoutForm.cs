namespace Relief.Core.Features.Goods;

/// <summary>What the hand-out form shows for one stock: the stock, whether the user may hand out now, and the grant items it can supply.</summary>
public sealed record HandoutForm(GoodsStockLine Stock, int CampaignId, string CampaignName, string? Refusal, IReadOnlyList<GrantItemChoice> Items, bool MoreItems)
{
    public bool CanHandOut => Refusal is null;
}
