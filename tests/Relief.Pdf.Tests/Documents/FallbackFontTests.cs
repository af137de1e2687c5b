using System.Text;
using Relief.Pdf.FontHandling;
using Relief.Pdf.Tests.Support;
using SkiaSharp;

namespace Relief.Pdf.Tests.Documents;

/// <summary>
/// The bundled fallback font (a subset of Noto Sans JP Regular) draws the rare ideographs Noto Sans SC lacks, such as
/// 𠮷 U+20BB7 in CJK Extension B, and is embedded only in documents that draw one.
/// </summary>
public class FallbackFontTests
{
    private const string FallbackResource = "Relief.Pdf.Fonts.NotoSansJP-Regular-Fallback.ttf";
    private const int Kichi = 0x20BB7; // 𠮷

    // CJK Unified Ideographs and Extensions A to I, and both compatibility ideograph blocks.
    private static readonly (int First, int Last)[] IdeographBlocks =
    [
        (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF), (0x2A700, 0x2EE5F),
        (0x2F800, 0x2FA1F), (0x30000, 0x323AF),
    ];

    [Fact]
    public void The_fallback_has_exactly_the_ideographs_Noto_Sans_SC_lacks_that_the_source_font_has()
    {
        var faces = FontLibrary.Get(PdfFontOptions.Bundled).Faces;
        Assert.Equal(3, faces.Count);
        var (regular, fallback) = (faces[FontSet.RegularIndex], faces[2]);

        var covered = new List<int>();
        var overlap = new List<int>();
        foreach (var (first, last) in IdeographBlocks)
        {
            for (var codePoint = first; codePoint <= last; codePoint++)
            {
                if (fallback.TryGetGlyph(codePoint, out _, out _))
                {
                    covered.Add(codePoint);
                    if (regular.TryGetGlyph(codePoint, out _, out _))
                    {
                        overlap.Add(codePoint);
                    }
                }
            }
        }

        // Counts from the fallback-font command (Fonts/README.md): 339 in Extension B, 29 in C to F, 285 compatibility.
        Assert.Equal(653, covered.Count);
        Assert.Equal(339, covered.Count(codePoint => codePoint is >= 0x20000 and <= 0x2A6DF));
        Assert.Contains(Kichi, covered);
        Assert.Empty(overlap);
        Assert.Equal(regular.AscentPerEm, fallback.AscentPerEm, 0.001);
        Assert.Equal(regular.DescentPerEm, fallback.DescentPerEm, 0.001);
    }

    [Fact]
    public void A_document_without_rare_characters_does_not_embed_the_fallback()
    {
        var pdf = SampleReport.Create().GeneratePdf();

        Assert.DoesNotContain("NotoSansJP", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rare_character_in_regular_and_bold_text_is_drawn_with_the_fallback_glyph()
    {
        var pdf = Document.Create(document => document.Page(page => page.Content().Column(column =>
        {
            column.Item().Text("吉田𠮷野").FontSize(20);
            column.Item().Text("吉田𠮷野").FontSize(20).Bold();
        }))).GeneratePdf();

        var letters = PdfReader.Letters(pdf, 1);
        Assert.Equal("吉田𠮷野吉田𠮷野", string.Concat(letters.Select(letter => letter.Value)));
        using var fallback = FallbackFont(20);
        using var outline = fallback.GetGlyphPath(fallback.GetGlyph(Kichi));
        var kichis = letters.Where(letter => letter.Value == "𠮷").ToList();
        Assert.Equal(2, kichis.Count);
        Assert.All(kichis, letter =>
        {
            Assert.Contains("NotoSansJP-Regular", letter.FontName, StringComparison.Ordinal);
            Assert.Equal(outline.Bounds.Width, letter.BoundingBox.Width, 0.1);
            Assert.Equal(outline.Bounds.Height, letter.BoundingBox.Height, 0.1);
        });

        // 𠮷 sits on its neighbours' baseline and advances like them (one em).
        foreach (var line in letters.Chunk(4))
        {
            Assert.All(line, letter => Assert.Equal(line[0].StartBaseLine.Y, letter.StartBaseLine.Y, 0.01));
            Assert.Equal(20, line[2].EndBaseLine.X - line[2].StartBaseLine.X, 0.01);
        }
    }

    [Fact]
    public void A_font_folder_fallback_comes_before_the_bundled_one_and_a_file_of_its_name_replaces_it()
    {
        var folder = Directory.CreateTempSubdirectory("relief-fonts-");
        try
        {
            CopyResource(FallbackResource, Path.Combine(folder.FullName, "A-Extra.ttf"));
            var withExtra = FontLibrary.Get(new PdfFontOptions { FontFolder = folder.FullName }).Faces;
            Assert.Equal(["NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf", "A-Extra.ttf", "NotoSansJP-Regular-Fallback.ttf"], withExtra.Select(face => face.Name));

            var replacing = Directory.CreateDirectory(Path.Combine(folder.FullName, "replacing"));
            CopyResource(FallbackResource, Path.Combine(replacing.FullName, "NotoSansJP-Regular-Fallback.ttf"));
            var replaced = FontLibrary.Get(new PdfFontOptions { FontFolder = replacing.FullName }).Faces;
            Assert.Equal(3, replaced.Count);
            Assert.NotSame(FontLibrary.Get(PdfFontOptions.Bundled).Faces[2], replaced[2]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void CopyResource(string resource, string path)
    {
        using var stream = typeof(Document).Assembly.GetManifestResourceStream(resource)!;
        using var file = File.Create(path);
        stream.CopyTo(file);
    }

    private static SKFont FallbackFont(float size)
    {
        using var stream = typeof(Document).Assembly.GetManifestResourceStream(FallbackResource)!;
        var typeface = SKTypeface.FromStream(stream);
        return new SKFont(typeface, size) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true };
    }
}
