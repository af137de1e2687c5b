using SkiaSharp;

namespace Relief.Pdf.FontHandling;

internal static class FontSettings
{
    /// <summary>
    /// Unhinted, linear, subpixel metrics: hinted advances are rounded per glyph and make Latin spacing uneven,
    /// and they would not scale linearly between the measuring size and the drawing size.
    /// </summary>
    public static SKFont CreateFont(SKTypeface typeface, float size) => new(typeface, size)
    {
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
    };
}
