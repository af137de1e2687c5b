namespace Relief.Core.Features.Dashboard;

/// <summary>A campaign and a household: the tallies are recomputed household by household.</summary>
internal readonly record struct CampaignHousehold(int CampaignId, int HouseholdId);
