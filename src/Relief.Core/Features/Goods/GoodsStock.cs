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
}
