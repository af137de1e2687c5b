namespace Relief.Core.Features.Campaigns;

/// <summary>One campaign in a campaign select.</summary>
public sealed record CampaignChoice(int Id, string Name, CampaignStatus Status);
