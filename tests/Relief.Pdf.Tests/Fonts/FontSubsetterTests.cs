using Relief.Pdf.FontHandling;

namespace Relief.Pdf.Tests.Fonts;

public class FontSubsetterTests
{
    private const string Sample = "工会帮扶金秋助学龚䶮喆堃淼，Relief 2026 ¥1,234.50（元）。□";

    /// <summary>
    /// Documents subset from the plain face until the preprocessed one is ready, so both must give the same
    /// bytes: otherwise the same document would differ depending on when it was rendered.
    /// </summary>
    [Fact]
    public async Task The_preprocessed_face_gives_the_same_subset_as_the_plain_face()
    {
        foreach (var face in FontLibrary.Get(PdfFontOptions.Bundled).Faces)
        {
            var waited = TimeSpan.Zero;
            while (face.PreparedFace == 0 && waited < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(50);
                waited += TimeSpan.FromMilliseconds(50);
            }

            Assert.NotEqual(0, face.PreparedFace);
            var codePoints = Sample.EnumerateRunes().Select(rune => rune.Value).Distinct().ToList();
            var glyphIds = codePoints.Select(codePoint => face.TryGetGlyph(codePoint, out var glyph, out _) ? glyph : (ushort)0).ToList();
            Assert.DoesNotContain((ushort)0, glyphIds);

            var plain = FontSubsetter.Subset(face.PlainFace, codePoints, glyphIds);
            var prepared = FontSubsetter.Subset(face.PreparedFace, codePoints, glyphIds);

            Assert.Equal(plain.Data, prepared.Data);
            Assert.Equal(plain.NewGlyphIds, prepared.NewGlyphIds);
            Assert.Equal(glyphIds.Count, plain.NewGlyphIds.Distinct().Count());
            Assert.InRange(plain.Data.Length, 1, 60 * 1024);
        }
    }
}
