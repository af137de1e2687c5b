using Relief.Core.Features.Households;

namespace Relief.Core.DemoData;

/// <summary>A demo household with the profile it was made from and the day its file was opened.</summary>
public sealed record SeededHousehold(Household Household, DemoCategoryProfile Profile, DateOnly FiledOn)
{
    public bool IsOnFile => Household.Status is HouseholdStatus.Active or HouseholdStatus.Returned;
}
