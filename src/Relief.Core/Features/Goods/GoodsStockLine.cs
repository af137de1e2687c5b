namespace Relief.Core.Features.Goods;

/// <summary>The balance of one item (物资结存): received, handed out and left, in quantity and value.</summary>
public sealed record GoodsStockLine(
    int Id, int CampaignId, int OrgUnitId, string UnitName, string ItemName, string Unit,
    decimal ReceivedQuantity, decimal HandedOutQuantity, decimal ReceivedValue, decimal HandedOutValue)
{
    public decimal BalanceQuantity => ReceivedQuantity - HandedOutQuantity;
    public decimal BalanceValue => ReceivedValue - HandedOutValue;
}
