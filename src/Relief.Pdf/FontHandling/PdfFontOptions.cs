namespace Relief.Pdf;

/// <summary>
/// Where the engine finds its fonts. Without a folder the bundled Noto Sans SC Regular and Bold are used.
/// </summary>
/// <remarks>
/// A folder overrides the bundled files by name (<see cref="RegularFileName"/>, <see cref="BoldFileName"/>);
/// every other <c>.ttf</c> in it becomes a fallback font for characters the main fonts lack
/// (for example a font covering CJK Extension B for rare name characters such as 𠮷).
/// Use TrueType-outline (glyf) fonts: CFF outlines end up as Type3 fonts in the PDF.
/// </remarks>
public sealed record PdfFontOptions
{
    public static PdfFontOptions Bundled { get; } = new();

    public string? FontFolder { get; init; }

    public string RegularFileName { get; init; } = "NotoSansSC-Regular.ttf";

    public string BoldFileName { get; init; } = "NotoSansSC-Bold.ttf";
}
