namespace Relief.Core.Features.Households;

/// <summary>One category of a household; a table of its own so reports can group and count in SQL.</summary>
public class HouseholdCategoryAssignment
{
    public int HouseholdId { get; set; }
    public HouseholdCategory Category { get; set; }
}
