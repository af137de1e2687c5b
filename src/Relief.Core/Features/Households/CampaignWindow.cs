namespace Relief.Core.Features.Households;

/// <summary>The part of a campaign the household lists and the survey drive need.</summary>
public sealed record CampaignWindow(int Id, string Name, DateOnly StartsOn, DateOnly EndsOn, string OrgUnitPath);
