namespace Relief.Core.Features.Campaigns;

/// <summary>The campaigns a user works in and the one a page follows (none when there are none).</summary>
public sealed record CampaignPick(IReadOnlyList<CampaignChoice> Campaigns, int? Current);
