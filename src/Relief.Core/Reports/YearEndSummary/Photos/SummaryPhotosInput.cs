namespace Relief.Core.Reports.YearEndSummary.Photos;

/// <summary>
/// The whole choice of photos for a campaign's summary, in page order, and the choice it replaces
/// (<see cref="SummaryPhotoChoice.Version"/>): a save over a choice someone changed since is a conflict.
/// </summary>
public sealed record SummaryPhotosInput
{
    public IReadOnlyList<SummaryPhotoLine> Photos { get; init; } = [];
    public string BasedOn { get; init; } = "";
}

public sealed record SummaryPhotoLine(int AttachmentId, string? Caption);
