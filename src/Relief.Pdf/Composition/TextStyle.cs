using System.Globalization;
using Relief.Pdf.Text;

namespace Relief.Pdf;

/// <summary>
/// Text style with optional parts; unset parts come from the enclosing paragraph, then the page default
/// (10.5 pt, regular, black, line spacing 1).
/// </summary>
public sealed record TextStyle
{
    public static TextStyle Default { get; } = new();

    public float? Size { get; init; }

    public bool? IsBold { get; init; }

    /// <summary>Colour as <c>#RRGGBB</c> or <c>#AARRGGBB</c>.</summary>
    public string? Color { get; init; }

    /// <summary>Line height as a multiple of the font's natural line height.</summary>
    public float? LineSpacing { get; init; }

    public TextStyle FontSize(float points) => this with { Size = points };

    public TextStyle Bold(bool bold = true) => this with { IsBold = bold };

    public TextStyle FontColor(string color) => this with { Color = color };

    public TextStyle LineHeight(float multiple) => this with { LineSpacing = multiple };

    /// <summary>Values set here win over those of <paramref name="fallback"/>.</summary>
    internal TextStyle Over(TextStyle fallback) => new()
    {
        Size = Size ?? fallback.Size,
        IsBold = IsBold ?? fallback.IsBold,
        Color = Color ?? fallback.Color,
        LineSpacing = LineSpacing ?? fallback.LineSpacing,
    };

    internal ResolvedTextStyle Resolve() => new(
        Size ?? 10.5f,
        IsBold ?? false,
        Color is null ? SkiaSharp.SKColors.Black : ColorParser.Parse(Color),
        LineSpacing ?? 1f);

    /// <summary>This style with its unset parts taken from an already resolved one (the paragraph's or the page's).</summary>
    internal ResolvedTextStyle ResolveOver(ResolvedTextStyle fallback) => new(
        Size ?? fallback.Size,
        IsBold ?? fallback.Bold,
        Color is null ? fallback.Color : ColorParser.Parse(Color),
        LineSpacing ?? fallback.LineSpacing);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Size}pt bold={IsBold} {Color} x{LineSpacing}");
}
