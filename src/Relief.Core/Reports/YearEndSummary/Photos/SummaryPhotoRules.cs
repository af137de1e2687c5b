namespace Relief.Core.Reports.YearEndSummary.Photos;

public static class SummaryPhotoRules
{
    /// <summary>One A4 page: three rows of two photos, each with its caption.</summary>
    public const int MaxPhotos = 6;

    public const int MaxCaptionLength = 60;
}
