using Relief.Pdf.FontHandling;
using Relief.Pdf.Layout;
using Relief.Pdf.Text;
using SkiaSharp;

namespace Relief.Pdf.Writing;

/// <summary>
/// Draws one content stream of a page as PDF operators. Shapes and images go to one buffer and text to a
/// second that follows it, all inside one BT/ET with font, colour and position set only when they change:
/// a table page is a few thousand operators instead of a few thousand text objects. Text therefore lies
/// above shapes and images, which in a document of non-overlapping boxes is where it belongs anyway.
/// Text is shown as the full font's glyph ids (the PDF font maps them onto the subset at the end).
/// </summary>
internal sealed class PdfPageCanvas(DocumentFonts fonts, PdfResources resources) : DrawContext
{
    private const uint Black = 0x000000;

    private readonly PdfBuffer _graphics = new(16 * 1024);
    private readonly PdfBuffer _text = new(16 * 1024);
    private float _pageHeight;

    private uint _fillRgb;
    private byte _fillAlpha;
    private uint _strokeRgb;
    private byte _strokeAlpha;
    private float _lineWidth;

    private uint _textRgb;
    private byte _textAlpha;
    private int _textFace;
    private float _textSize;
    private long _lineX;
    private long _lineY;

    private static ReadOnlySpan<byte> GraphicsStart => "q\n"u8;

    private static ReadOnlySpan<byte> GraphicsEnd => "Q\n"u8;

    private static ReadOnlySpan<byte> TextStart => "q\nBT\n"u8;

    private static ReadOnlySpan<byte> TextEnd => "ET\nQ\n"u8;

    public bool IsEmpty => _graphics.Length == GraphicsStart.Length && _text.Length == TextStart.Length;

    /// <summary>The shapes and images of the finished stream (see <see cref="Finish"/>).</summary>
    public ReadOnlySpan<byte> Graphics => _graphics.Span;

    /// <summary>The text of the finished stream, which follows <see cref="Graphics"/>.</summary>
    public ReadOnlySpan<byte> Texts => _text.Span;

    /// <summary>Starts a new, empty content stream for a page of the given height; PDF's y axis grows upwards.</summary>
    public void Begin(float pageHeight)
    {
        _pageHeight = pageHeight;
        _graphics.Clear();
        _graphics.Raw(GraphicsStart);
        _text.Clear();
        _text.Raw(TextStart);
        (_fillRgb, _fillAlpha, _strokeRgb, _strokeAlpha, _lineWidth) = (Black, 255, Black, 255, 1f);
        (_textRgb, _textAlpha, _textFace, _textSize, _lineX, _lineY) = (Black, 255, -1, 0, 0, 0);
    }

    /// <summary>
    /// Closes the stream's two parts (an empty part is dropped). Each saves and restores the graphics state, so
    /// streams of one page can follow each other (header, content, footer) without one's colours leaking into
    /// the next.
    /// </summary>
    public void Finish()
    {
        Close(_graphics, GraphicsStart, GraphicsEnd);
        Close(_text, TextStart, TextEnd);
    }

    private static void Close(PdfBuffer part, ReadOnlySpan<byte> start, ReadOnlySpan<byte> end)
    {
        if (part.Length == start.Length)
        {
            part.Clear();
        }
        else
        {
            part.Raw(end);
        }
    }

    public override void FillRect(float x, float y, float width, float height, SKColor color)
    {
        SetFill(_graphics, color, ref _fillRgb, ref _fillAlpha);
        Rectangle(x, y, width, height).Raw(" re f\n"u8);
    }

    public override void StrokeRect(float x, float y, float width, float height, SKColor color, float lineWidth)
    {
        SetStroke(color, lineWidth);
        Rectangle(x, y, width, height).Raw(" re S\n"u8);
    }

    public override void Line(float x0, float y0, float x1, float y1, SKColor color, float lineWidth)
    {
        SetStroke(color, lineWidth);
        _graphics.Number(x0).Byte((byte)' ').Number(_pageHeight - y0).Raw(" m "u8)
            .Number(x1).Byte((byte)' ').Number(_pageHeight - y1).Raw(" l S\n"u8);
    }

    public override void Image(ImageSource image, float x, float y, float width, float height)
    {
        var name = resources.Image(image);
        _graphics.Raw("q "u8).Number(width).Raw(" 0 0 "u8).Number(height).Byte((byte)' ')
            .Number(x).Byte((byte)' ').Number(_pageHeight - y - height).Raw(" cm /"u8).Ascii(name).Raw(" Do Q\n"u8);
    }

    public override void Text(in LineRun run, float x, float baseline)
    {
        var text = _text;
        if (run.FaceIndex != _textFace || run.Size != _textSize)
        {
            _textFace = run.FaceIndex;
            _textSize = run.Size;
            text.Raw("/F"u8).Integer(run.FaceIndex).Byte((byte)' ').Number(run.Size).Raw(" Tf\n"u8);
        }

        SetFill(text, run.Color, ref _textRgb, ref _textAlpha);

        // Td moves relative to the previous line start; in whole hundredths of a point it never drifts.
        var lineX = (long)MathF.Round(x * 100);
        var lineY = (long)MathF.Round((_pageHeight - baseline) * 100);
        text.Hundredths(lineX - _lineX).Byte((byte)' ').Hundredths(lineY - _lineY).Raw(" Td <"u8);
        (_lineX, _lineY) = (lineX, lineY);

        var usage = fonts.Usage(run.FaceIndex);
        var characters = run.Text;
        for (var index = 0; index < characters.Length; index++)
        {
            int codePoint = characters[index];
            if (char.IsHighSurrogate(characters[index]) && index + 1 < characters.Length && char.IsLowSurrogate(characters[index + 1]))
            {
                codePoint = char.ConvertToUtf32(characters[index], characters[index + 1]);
                index++;
            }

            text.Hex4(usage.GlyphId(codePoint));
        }

        text.Raw("> Tj\n"u8);
    }

    private PdfBuffer Rectangle(float x, float y, float width, float height) =>
        _graphics.Number(x).Byte((byte)' ').Number(_pageHeight - y - height).Byte((byte)' ')
            .Number(width).Byte((byte)' ').Number(height);

    private void SetFill(PdfBuffer target, SKColor color, ref uint currentRgb, ref byte currentAlpha)
    {
        var rgb = (uint)color & 0xFFFFFF;
        if (rgb != currentRgb)
        {
            currentRgb = rgb;
            WriteColor(target, color).Raw(" rg\n"u8);
        }

        if (color.Alpha != currentAlpha)
        {
            currentAlpha = color.Alpha;
            target.Byte((byte)'/').Ascii(resources.FillAlpha(color.Alpha)).Raw(" gs\n"u8);
        }
    }

    private void SetStroke(SKColor color, float lineWidth)
    {
        var rgb = (uint)color & 0xFFFFFF;
        if (rgb != _strokeRgb)
        {
            _strokeRgb = rgb;
            WriteColor(_graphics, color).Raw(" RG\n"u8);
        }

        if (color.Alpha != _strokeAlpha)
        {
            _strokeAlpha = color.Alpha;
            _graphics.Byte((byte)'/').Ascii(resources.StrokeAlpha(color.Alpha)).Raw(" gs\n"u8);
        }

        if (lineWidth != _lineWidth)
        {
            _lineWidth = lineWidth;
            _graphics.Number(lineWidth).Raw(" w\n"u8);
        }
    }

    private static PdfBuffer WriteColor(PdfBuffer target, SKColor color) =>
        target.Raw(ColorComponents.Get(color.Red)).Byte((byte)' ')
            .Raw(ColorComponents.Get(color.Green)).Byte((byte)' ')
            .Raw(ColorComponents.Get(color.Blue));
}
