namespace Relief.Core.Features.Attachments;

/// <summary>Sizes fixed by the design rather than by a setting.</summary>
public static class AttachmentLimits
{
    /// <summary>A SHA-256 in hex.</summary>
    public const int HashLength = 64;
    /// <summary>Stored images are at most this on their longest side: enough to read a certificate, small on a phone.</summary>
    public const int LongestSide = 2048;
    public const int ThumbnailSide = 320;
    public const int JpegQuality = 85;
}
