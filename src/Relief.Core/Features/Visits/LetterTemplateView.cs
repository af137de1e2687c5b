namespace Relief.Core.Features.Visits;

/// <summary>The template a unit writes its letters from in a campaign, and where it comes from.</summary>
public sealed record LetterTemplateView(int CampaignId, string CampaignName, bool CampaignClosed, LetterTemplateInput Template, LetterTemplateSource Source, string? SourceUnitName);
