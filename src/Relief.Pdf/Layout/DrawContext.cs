using Relief.Pdf.FontHandling;
using SkiaSharp;

namespace Relief.Pdf.Layout;

/// <summary>The canvas of the page being drawn plus per-document caches of fonts and paints.</summary>
internal sealed class DrawContext(DocumentFonts fonts) : IDisposable
{
    private readonly Dictionary<SKColor, SKPaint> _fills = [];
    private readonly Dictionary<(SKColor Color, float Width), SKPaint> _strokes = [];

    public SKCanvas Canvas { get; set; } = null!;

    public DocumentFonts Fonts { get; } = fonts;

    public SKPaint Fill(SKColor color)
    {
        if (!_fills.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };
            _fills.Add(color, paint);
        }

        return paint;
    }

    public SKPaint Stroke(SKColor color, float width)
    {
        if (!_strokes.TryGetValue((color, width), out var paint))
        {
            paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
            _strokes.Add((color, width), paint);
        }

        return paint;
    }

    public void Dispose()
    {
        foreach (var paint in _fills.Values.Concat(_strokes.Values))
        {
            paint.Dispose();
        }
    }
}
