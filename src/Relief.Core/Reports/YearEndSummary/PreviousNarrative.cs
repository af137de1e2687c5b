namespace Relief.Core.Reports.YearEndSummary;

/// <summary>The text a new season's narrative can start from: the newest saved version of an earlier campaign's.</summary>
public sealed record PreviousNarrative(int CampaignId, string CampaignName, string Text);
