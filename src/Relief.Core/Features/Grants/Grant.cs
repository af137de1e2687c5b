using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Grants;

/// <summary>Relief to one household in one campaign: one per household, campaign and kind.</summary>
public class Grant : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public int HouseholdId { get; set; }
    public Household? Household { get; set; }
    /// <summary>The applying unit (the household's unit at the time of application).</summary>
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }

    public GrantKind Kind { get; set; }
    /// <summary>The category the grant is given under; it picks the standard and the report line.</summary>
    public HouseholdCategory Category { get; set; }
    public decimal CashAmount { get; set; }
    /// <summary>Sum of the items' quantity × unit value, kept on the row so totals are one SQL SUM.</summary>
    public decimal InKindValue { get; set; }
    public decimal TotalAmount { get; set; }
    public decimal? StandardAmount { get; set; }
    public string? OverrideReason { get; set; }
    public required string Reason { get; set; }
    public List<GrantItem> Items { get; set; } = [];

    public int? FundSourceId { get; set; }
    public FundSource? FundSource { get; set; }

    public GrantStatus Status { get; set; }
    public DateOnly AppliedOn { get; set; }
    public string? AppliedBy { get; set; }
    public int? CommitteeMeetingId { get; set; }
    public string? RejectionReason { get; set; }

    /// <summary>Cross-level duplicate check: the same person was helped by another unit in this campaign.</summary>
    public string? DuplicateElsewhere { get; set; }

    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}
