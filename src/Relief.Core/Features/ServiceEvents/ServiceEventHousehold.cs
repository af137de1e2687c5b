using Relief.Core.Features.Households;

namespace Relief.Core.Features.ServiceEvents;

public class ServiceEventHousehold : IHouseholdLink
{
    public int ServiceEventId { get; set; }
    public int HouseholdId { get; set; }
    public Household? Household { get; set; }
}
