namespace Relief.Core.Features.Campaigns;

/// <summary>What the workflow services need to know about a campaign before they change anything in it.</summary>
public sealed record CampaignState(int Id, string Name, CampaignStatus Status, int OrgUnitId, string OrgUnitPath, DateOnly StartsOn, DateOnly EndsOn);
