using Relief.Core.Features.Households;

namespace Relief.Core.Features.Grants;

/// <summary>An application (补助申请): cash and/or in-kind items for one household in one campaign.</summary>
public sealed record GrantInput
{
    public int CampaignId { get; set; }
    public int HouseholdId { get; set; }
    /// <summary>The applying unit; blank means the household's own unit. A unit above it may apply directly (a cross-level grant).</summary>
    public int? OrgUnitId { get; set; }
    public GrantKind Kind { get; set; }
    /// <summary>One of the household's categories; it picks the campaign standard.</summary>
    public HouseholdCategory Category { get; set; }
    public decimal CashAmount { get; set; }
    public List<GrantItemInput> Items { get; set; } = [];
    public string Reason { get; set; } = "";
    /// <summary>Required when the total is above the campaign's standard for the category and kind.</summary>
    public string? OverrideReason { get; set; }
    public Guid Version { get; set; }

    public decimal InKindValue => Items.Sum(i => i.Value);
    public decimal TotalAmount => CashAmount + InKindValue;
}
