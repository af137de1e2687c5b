namespace Relief.Core.Reports.YearEndSummary.Photos;

/// <summary>
/// One visit photo a Chair chose for the campaign's year-end summary (走访剪影), with the caption printed under it.
/// The choice belongs to the campaign, as its narrative does; a reader sees only the chosen photos their scope covers,
/// and a photo withdrawn since it was chosen leaves the page.
/// </summary>
public class SummaryPhoto
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int AttachmentId { get; set; }
    /// <summary>1-based place on the page, left to right, top to bottom.</summary>
    public int Position { get; set; }
    public required string Caption { get; set; }
    public string? ChosenBy { get; set; }
    public DateTime ChosenAt { get; set; }
}
