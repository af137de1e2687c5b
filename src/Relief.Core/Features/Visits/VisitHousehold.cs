using Relief.Core.Features.Households;
using Relief.Core.Data.Tallies;

namespace Relief.Core.Features.Visits;

public class VisitHousehold
{
    public int VisitId { get; set; }
    public int HouseholdId { get; set; }
    /// <summary>
    /// A copy of the visit's campaign, set by every save (<see cref="Dashboard.CampaignTallyKeeper"/>): "not visited in
    /// campaign X" is then one index look-up per household instead of one per visit it ever had.
    /// </summary>
    public int? CampaignId { get; set; }
    public Household? Household { get; set; }
}
