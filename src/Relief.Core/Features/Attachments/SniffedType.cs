namespace Relief.Core.Features.Attachments;

/// <summary>What a file's first bytes say it is, whatever its name or declared type.</summary>
public enum SniffedType
{
    Unknown = 0,
    Jpeg,
    Png,
    Webp,
    Pdf,
    /// <summary>GIF, BMP, TIFF, HEIC: pictures this app does not take.</summary>
    OtherImage,
    /// <summary>Windows, Linux or macOS programs, and scripts with a #! line.</summary>
    Program,
    /// <summary>SVG, HTML, XML: text a browser would run scripts in.</summary>
    Markup,
    /// <summary>Word, Excel and PowerPoint files, old (may carry macros) and new.</summary>
    OfficeDocument,
    /// <summary>ZIP, RAR, 7z, gzip.</summary>
    Archive,
}
