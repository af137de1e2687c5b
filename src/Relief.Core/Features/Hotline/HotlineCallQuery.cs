namespace Relief.Core.Features.Hotline;

public sealed record HotlineCallQuery
{
    public int CampaignId { get; set; }
    public HotlineCallCategory? Category { get; set; }
    public CallOutcome? Outcome { get; set; }
    public CallConversion? Conversion { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    /// <summary>Part of the caller's name or number, or of what was asked.</summary>
    public string? Text { get; set; }
}
