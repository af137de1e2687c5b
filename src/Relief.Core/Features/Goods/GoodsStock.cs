using Relief.Core.Common;

namespace Relief.Core.Features.Goods;

/// <summary>
/// One item of donated goods held by a unit in a campaign (米 · 袋): what came in and what went out, kept on one row
/// guarded by <see cref="Version"/>. Every receipt and hand-out changes this row, so two hand-outs at the same moment
/// cannot both pass the balance check: the second save fails, reloads and checks again (docs/decisions/0004).
/// </summary>
public class GoodsStock : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    /// <summary>The unit holding the goods; it hands them out to households of its own tree.</summary>
    public int OrgUnitId { get; set; }
    public required string ItemName { get; set; }
    public required string Unit { get; set; }
    public decimal ReceivedQuantity { get; set; }
    public decimal ReceivedValue { get; set; }
    public decimal HandedOutQuantity { get; set; }
    public decimal HandedOutValue { get; set; }
    public Guid Version { get; set; }

    public decimal BalanceQuantity => ReceivedQuantity - HandedOutQuantity;
    public decimal BalanceValue => ReceivedValue - HandedOutValue;

    /// <summary>
    /// Takes <paramref name="quantity"/> out of the stock and answers its value: the stock's average value per unit,
    /// to the fen, never more than the value left; the last units take whatever value is left, so nothing is lost to
    /// rounding. The caller has checked the balance.
    /// </summary>
    public decimal HandOut(decimal quantity)
    {
        var value = quantity == BalanceQuantity
            ? BalanceValue
            : Math.Round(quantity * ReceivedValue / ReceivedQuantity, 2, MidpointRounding.AwayFromZero);
        value = Math.Min(value, BalanceValue);
        HandedOutQuantity += quantity;
        HandedOutValue += value;
        return value;
    }
}
