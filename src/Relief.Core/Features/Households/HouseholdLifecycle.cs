namespace Relief.Core.Features.Households;

/// <summary>Which statuses count as "in hardship" and which lifecycle steps are allowed from where.</summary>
public static class HouseholdLifecycle
{
    /// <summary>Files the union still works on: surveys, drives and priority lists use these.</summary>
    public static readonly IReadOnlyList<HouseholdStatus> InHardship = [HouseholdStatus.Active, HouseholdStatus.Returned];

    public static bool CanMove(HouseholdStatus from, HouseholdStatus to) => (from, to) switch
    {
        (HouseholdStatus.Closed, _) => false,
        (_, HouseholdStatus.Closed) => true,
        (HouseholdStatus.Active or HouseholdStatus.Returned, HouseholdStatus.OutOfHardship) => true,
        (HouseholdStatus.OutOfHardship, HouseholdStatus.Returned) => true,
        _ => false,
    };
}
