using Relief.Pdf.FontHandling;
using Relief.Pdf.Layout;
using Relief.Pdf.Text;
using SkiaSharp;

namespace Relief.Pdf.Rendering.Skia;

/// <summary>
/// The canvas of the page being drawn plus per-document caches of fonts and paints. Text is collected into
/// one text blob per colour and drawn when the page ends: thousands of separate draw calls per page cost
/// more in Skia's PDF backend than everything else on a table page. Text therefore lies above shapes and
/// images, which in a document of non-overlapping boxes is where it belongs anyway.
/// </summary>
internal sealed class SkiaDrawContext(DocumentFonts fonts) : DrawContext, IDisposable
{
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.None);

    private readonly Dictionary<SKColor, SKPaint> _fills = [];
    private readonly Dictionary<(SKColor Color, float Width), SKPaint> _strokes = [];
    private readonly Dictionary<SKColor, SKTextBlobBuilder> _pageText = [];
    private readonly Dictionary<ImageSource, SKImage> _images = [];
    private ushort[] _glyphs = new ushort[256];

    public SKCanvas Canvas { get; set; } = null!;

    public override void FillRect(float x, float y, float width, float height, SKColor color) =>
        Canvas.DrawRect(x, y, width, height, Fill(color));

    public override void StrokeRect(float x, float y, float width, float height, SKColor color, float lineWidth) =>
        Canvas.DrawRect(x, y, width, height, Stroke(color, lineWidth));

    public override void Line(float x0, float y0, float x1, float y1, SKColor color, float lineWidth) =>
        Canvas.DrawLine(x0, y0, x1, y1, Stroke(color, lineWidth));

    public override void Image(ImageSource image, float x, float y, float width, float height)
    {
        if (!_images.TryGetValue(image, out var decoded))
        {
            decoded = SKImage.FromEncodedData(image.Encoded)
                ?? throw new ArgumentException("The image is not a PNG or JPEG that can be decoded.", nameof(image));
            _images.Add(image, decoded);
        }

        Canvas.DrawImage(decoded, SKRect.Create(x, y, width, height), Sampling);
    }

    public override void Text(LineRun run, float x, float baseline)
    {
        if (!_pageText.TryGetValue(run.Color, out var builder))
        {
            builder = new SKTextBlobBuilder();
            _pageText.Add(run.Color, builder);
        }

        var font = fonts.DrawFont(run.FaceIndex, run.Size);
        if (_glyphs.Length < run.Text.Length)
        {
            _glyphs = new ushort[run.Text.Length * 2];
        }

        var count = CountCodePoints(run.Text);
        font.GetGlyphs(run.Text, _glyphs.AsSpan(0, count));
        builder.AddRun(_glyphs.AsSpan(0, count), font, new SKPoint(x, baseline));
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

        foreach (var image in _images.Values)
        {
            image.Dispose();
        }
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

    private SKPaint Fill(SKColor color)
    {
        if (!_fills.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };
            _fills.Add(color, paint);
        }

        return paint;
    }

    private SKPaint Stroke(SKColor color, float width)
    {
        if (!_strokes.TryGetValue((color, width), out var paint))
        {
            paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
            _strokes.Add((color, width), paint);
        }

        return paint;
    }
}
