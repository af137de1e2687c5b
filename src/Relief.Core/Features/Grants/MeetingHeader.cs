namespace Relief.Core.Features.Grants;

/// <summary>The little a decision needs to know about its meeting.</summary>
public sealed record MeetingHeader(int Id, int CampaignId, DateOnly HeldOn);
