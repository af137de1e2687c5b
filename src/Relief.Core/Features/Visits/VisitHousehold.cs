using Relief.Core.Features.Households;

namespace Relief.Core.Features.Visits;

public class VisitHousehold
{
    public int VisitId { get; set; }
    public int HouseholdId { get; set; }
    public Household? Household { get; set; }
}
