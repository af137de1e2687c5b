using Relief.Core.Features.Attachments;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Grants;

/// <summary>
/// One application on a meeting's agenda, as the committee sees it: the amount against the standard, the override
/// reason, the cross-level duplicate flag, and this meeting's decision once taken.
/// </summary>
public sealed record AgendaItem(
    int GrantId,
    int HouseholdId,
    string HouseholdName,
    string UnitName,
    HouseholdCategory Category,
    GrantKind Kind,
    decimal TotalAmount,
    decimal? StandardAmount,
    string? OverrideReason,
    string Reason,
    GrantStatus Status,
    string? DuplicateElsewhere,
    bool HelpedByOtherUnit,
    DecisionOutcome? Outcome,
    decimal? ApprovedAmount,
    string? DecisionReason,
    string? FundSourceName,
    Guid Version)
{
    /// <summary>Required papers not on the file or the application: a flag the chair sees and the decision records.</summary>
    public MissingPapers MissingPapers { get; init; } = MissingPapers.None;
    /// <summary>What the decision recorded as missing when it was taken.</summary>
    public string? DecidedWithMissingPapers { get; init; }
    public bool IsAboveStandard => StandardAmount is { } standard && TotalAmount > standard;
    public bool AwaitsDecision => Status == GrantStatus.Applied && Outcome is null;
}
