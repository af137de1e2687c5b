namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// One saved version of a campaign's narrative text in one language. Versions are never overwritten: the newest is
/// the text in use, the older ones say who changed what and when.
/// </summary>
public class SummaryNarrative
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    /// <summary>"zh-CN" or "en".</summary>
    public required string Culture { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    public string? SavedBy { get; set; }
    public DateTime SavedAt { get; set; }
}
