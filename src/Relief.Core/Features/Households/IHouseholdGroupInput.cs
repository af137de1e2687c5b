namespace Relief.Core.Features.Households;

/// <summary>An input that names households of one unit, for a campaign: a pairing's, a service event's.</summary>
public interface IHouseholdGroupInput
{
    int? CampaignId { get; }
    int OrgUnitId { get; }
    List<int> HouseholdIds { get; set; }
}
