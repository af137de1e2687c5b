namespace Relief.Pdf;

/// <summary>
/// Where the engine finds its fonts. Without a folder the bundled Noto Sans SC Regular and Bold are used, with the
/// bundled fallback <c>NotoSansJP-Regular-Fallback.ttf</c> (rare ideographs such as 𠮷 U+20BB7 that Noto Sans SC
/// lacks, in one regular weight that bold text uses too).
/// </summary>
/// <remarks>
/// A folder overrides the bundled files by name (<see cref="RegularFileName"/>, <see cref="BoldFileName"/>,
/// and <c>NotoSansJP-Regular-Fallback.ttf</c>); every other <c>.ttf</c> in it becomes a fallback font for characters
/// the main fonts lack, tried before the bundled fallback.
/// Use TrueType-outline (glyf) fonts: CFF outlines end up as Type3 fonts in the PDF.
/// </remarks>
public sealed record PdfFontOptions
{
    public static PdfFontOptions Bundled { get; } = new();

    public string? FontFolder { get; init; }

    public string RegularFileName { get; init; } = "NotoSansSC-Regular.ttf";

    public string BoldFileName { get; init; } = "NotoSansSC-Bold.ttf";
}
