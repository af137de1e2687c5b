using System.ComponentModel.DataAnnotations;

namespace Relief.Core.Features.Attachments;

/// <summary>The <c>Attachments</c> settings: where the files are kept and how much may be kept.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>
    /// The store's folder. Empty: <c>attachments</c> under the app's data folder. Point every node at one shared
    /// folder when several run; back it up with the database.
    /// </summary>
    public string? Folder { get; set; }

    [Range(1, 200)]
    public int MaxFileMegabytes { get; set; } = 20;

    /// <summary>All papers of one household file (its applications' included), or of one visit.</summary>
    [Range(1, 10_000)]
    public int MaxMegabytesPerHousehold { get; set; } = 200;

    /// <summary>Pixels an image may have as decoded; the header is read first, so a larger one costs nothing.</summary>
    [Range(1, 200)]
    public int MaxImageMegapixels { get; set; } = 50;

    /// <summary>A stored file no row points at is removed by the sweep once it is this old (an upload in progress is younger).</summary>
    [Range(1, 10_080)]
    public int OrphanGraceMinutes { get; set; } = 60;

    [Range(1, 1_440)]
    public int SweepIntervalMinutes { get; set; } = 360;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;
    public long MaxBytesPerHousehold => MaxMegabytesPerHousehold * 1024L * 1024L;
    public long MaxImagePixels => MaxImageMegapixels * 1_000_000L;
}
