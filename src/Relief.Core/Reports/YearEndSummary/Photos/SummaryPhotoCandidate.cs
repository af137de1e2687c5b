namespace Relief.Core.Reports.YearEndSummary.Photos;

/// <summary>A visit photo of the campaign that may go on the summary's photo page, and its place there if chosen.</summary>
public sealed record SummaryPhotoCandidate
{
    public int AttachmentId { get; init; }
    public int VisitId { get; init; }
    public DateOnly TakenOn { get; init; }
    public required string UnitName { get; init; }
    public string? Note { get; init; }
    /// <summary>The place on the page (1-based) when chosen, else null.</summary>
    public int? Position { get; init; }
    public string? Caption { get; init; }

    /// <summary>The caption the page offers before the Chair writes one: the photo's own note when it fits, else the unit and the day.</summary>
    public string SuggestedCaption(Func<DateOnly, string> date)
    {
        if (Caption is not null) return Caption;
        var note = Note?.Trim();
        return note is { Length: > 0 and <= SummaryPhotoRules.MaxCaptionLength } ? note : $"{UnitName} {date(TakenOn)}";
    }
}
