using Relief.Pdf.Tests.Support;
using SkiaSharp;

namespace Relief.Pdf.Tests.Documents;

/// <summary>
/// Text read back through the ToUnicode map can be right while the wrong glyphs are drawn, so this compares
/// what is drawn: each letter's outline box in the PDF (read from the embedded subset font) against the same
/// character's glyph box in the bundled font file.
/// </summary>
public class GlyphTests
{
    private const string Sample = "工会帮扶金龚䶮喆堃淼，Relief 2026 ¥1,234.50（元）。";

    [Fact]
    public void Every_drawn_glyph_has_the_outline_of_its_character_in_regular_and_bold()
    {
        var pdf = Document.Create(document => document.Page(page => page.Content().Column(column =>
        {
            column.Item().Text(Sample).FontSize(20);
            column.Item().Text(Sample).FontSize(20).Bold();
        }))).GeneratePdf();

        var letters = PdfReader.Letters(pdf, 1).Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).ToList();
        var perLine = Sample.Count(character => !char.IsWhiteSpace(character));
        Assert.Equal(2 * perLine, letters.Count);
        using var regular = BundledFont("NotoSansSC-Regular.ttf", 20);
        using var bold = BundledFont("NotoSansSC-Bold.ttf", 20);
        for (var index = 0; index < letters.Count; index++)
        {
            var letter = letters[index];
            var font = index < perLine ? regular : bold;
            Assert.Equal(index < perLine, !letter.FontName!.Contains("Bold", StringComparison.Ordinal));
            var glyph = font.GetGlyph(char.ConvertToUtf32(letter.Value, 0));
            using var outline = font.GetGlyphPath(glyph);
            var (width, height) = (outline.Bounds.Width, outline.Bounds.Height);
            Assert.True(
                Math.Abs(width - letter.BoundingBox.Width) < 0.1 && Math.Abs(height - letter.BoundingBox.Height) < 0.1,
                $"'{letter.Value}' is drawn {letter.BoundingBox.Width:F2} x {letter.BoundingBox.Height:F2} pt, " +
                $"its glyph is {width:F2} x {height:F2} pt");
        }
    }

    private static SKFont BundledFont(string fileName, float size)
    {
        using var stream = typeof(Document).Assembly.GetManifestResourceStream("Relief.Pdf.Fonts." + fileName)!;
        var typeface = SKTypeface.FromStream(stream);
        return new SKFont(typeface, size) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
    }
}
