using Relief.Pdf.FontHandling;
using Relief.Pdf.Text;
using SkiaSharp;

namespace Relief.Pdf.Layout;

/// <summary>
/// The canvas of the page being drawn plus per-document caches of fonts and paints. Text is collected into
/// one text blob per colour and drawn when the page ends: thousands of separate draw calls per page cost
/// more in Skia's PDF backend than everything else on a table page. Text therefore lies above shapes and
/// images, which in a document of non-overlapping boxes is where it belongs anyway.
/// </summary>
internal sealed class DrawContext(DocumentFonts fonts) : IDisposable
{
    private readonly Dictionary<SKColor, SKPaint> _fills = [];
    private readonly Dictionary<(SKColor Color, float Width), SKPaint> _strokes = [];
    private readonly Dictionary<SKColor, SKTextBlobBuilder> _pageText = [];
    private ushort[] _glyphs = new ushort[256];

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

    public void AddText(LineRun run, float x, float baseline)
    {
        if (!_pageText.TryGetValue(run.Color, out var builder))
        {
            builder = new SKTextBlobBuilder();
            _pageText.Add(run.Color, builder);
        }

        var font = Fonts.DrawFont(run.FaceIndex, run.Size);
        if (_glyphs.Length < run.Text.Length)
        {
            _glyphs = new ushort[run.Text.Length * 2];
        }

        var count = CountCodePoints(run.Text);
        font.GetGlyphs(run.Text, _glyphs.AsSpan(0, count));
        builder.AddRun(_glyphs.AsSpan(0, count), font, new SKPoint(x, baseline));
    }

    private static int CountCodePoints(string text)
    {
        var count = text.Length;
        foreach (var character in text)
        {
            if (char.IsHighSurrogate(character))
            {
                count--;
            }
        }

        return count;
    }

    /// <summary>Draws the text collected for the current page; call before ending the page.</summary>
    public void FlushText()
    {
        foreach (var (color, builder) in _pageText)
        {
            using var blob = builder.Build();
            if (blob is not null)
            {
                Canvas.DrawText(blob, 0, 0, Fill(color));
            }
        }
    }

    public void Dispose()
    {
        foreach (var builder in _pageText.Values)
        {
            builder.Dispose();
        }

        foreach (var paint in _fills.Values.Concat(_strokes.Values))
        {
            paint.Dispose();
        }
    }
}
