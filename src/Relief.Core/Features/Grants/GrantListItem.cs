using Relief.Core.Features.Households;

namespace Relief.Core.Features.Grants;

/// <summary>
/// One row of an application list (and of the committee's list). <see cref="DuplicateElsewhere"/> is what was found
/// when applying; <see cref="HelpedByOtherUnit"/> is true whenever another unit holds a live grant for the household now.
/// </summary>
public sealed record GrantListItem(
    int Id,
    int HouseholdId,
    string HouseholdName,
    int OrgUnitId,
    string UnitName,
    HouseholdCategory Category,
    GrantKind Kind,
    decimal CashAmount,
    decimal InKindValue,
    decimal TotalAmount,
    decimal? StandardAmount,
    string? OverrideReason,
    GrantStatus Status,
    DateOnly AppliedOn,
    int? CommitteeMeetingId,
    string? FundSourceName,
    string? DuplicateElsewhere,
    bool HelpedByOtherUnit,
    Guid Version)
{
    public bool IsAboveStandard => StandardAmount is { } standard && TotalAmount > standard;
}
