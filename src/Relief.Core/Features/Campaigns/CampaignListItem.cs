namespace Relief.Core.Features.Campaigns;

public sealed record CampaignListItem(
    int Id, string Name, int Year, Season Season, CampaignStatus Status, string UnitName, DateOnly StartsOn, DateOnly EndsOn);
