using System.Globalization;
using Relief.Pdf;
using Relief.Pdf.FontHandling;

namespace Relief.Benchmarks.Fonts;

/// <summary>
/// <c>fallback-font --source NotoSansJP_400Regular.ttf --out src/Relief.Pdf/Fonts/NotoSansJP-Regular-Fallback.ttf</c>:
/// makes the bundled fallback font. It keeps exactly the CJK ideographs (every unified and compatibility
/// ideograph block) that the source font has and the bundled Noto Sans SC Regular lacks, cut with the engine's own
/// HarfBuzz subsetter (outlines, metrics and cmap; no hinting, layout tables or glyph names), then loads the result
/// back and checks that it covers them all and can be subset again as a document would. The same source file gives
/// the same bytes.
/// </summary>
internal static class FallbackFontCommand
{
    public const string Name = "fallback-font";

    // CJK ideograph blocks as of Unicode 16.
    private static readonly (string Name, int First, int Last)[] IdeographBlocks =
    [
        ("CJK Unified Ideographs Extension A", 0x3400, 0x4DBF),
        ("CJK Unified Ideographs", 0x4E00, 0x9FFF),
        ("CJK Compatibility Ideographs", 0xF900, 0xFAFF),
        ("CJK Unified Ideographs Extension B", 0x20000, 0x2A6DF),
        ("CJK Unified Ideographs Extension C", 0x2A700, 0x2B73F),
        ("CJK Unified Ideographs Extension D", 0x2B740, 0x2B81F),
        ("CJK Unified Ideographs Extension E", 0x2B820, 0x2CEAF),
        ("CJK Unified Ideographs Extension F", 0x2CEB0, 0x2EBEF),
        ("CJK Unified Ideographs Extension I", 0x2EBF0, 0x2EE5F),
        ("CJK Compatibility Ideographs Supplement", 0x2F800, 0x2FA1F),
        ("CJK Unified Ideographs Extension G", 0x30000, 0x3134F),
        ("CJK Unified Ideographs Extension H", 0x31350, 0x323AF),
    ];

    public static int Run(string[] args)
    {
        var sourcePath = Option(args, "--source");
        var outputPath = Option(args, "--out");
        if (sourcePath is null || outputPath is null)
        {
            Console.Error.WriteLine($"Usage: {Name} --source SOURCE.ttf --out FALLBACK.ttf");
            return 2;
        }

        var primary = FontLibrary.Get(PdfFontOptions.Bundled).Faces[FontSet.RegularIndex];
        FontFace source;
        using (var stream = File.OpenRead(sourcePath))
        {
            source = FontFace.Load(Path.GetFileName(sourcePath), stream);
        }

        var codePoints = new List<int>();
        var glyphIds = new SortedSet<ushort>();
        foreach (var (blockName, first, last) in IdeographBlocks)
        {
            var before = codePoints.Count;
            for (var codePoint = first; codePoint <= last; codePoint++)
            {
                if (source.TryGetGlyph(codePoint, out var glyphId, out _) && !primary.TryGetGlyph(codePoint, out _, out _))
                {
                    codePoints.Add(codePoint);
                    glyphIds.Add(glyphId);
                }
            }

            if (codePoints.Count > before)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{blockName}: {codePoints.Count - before} (U+{codePoints[before]:X4}..U+{codePoints[^1]:X4})"));
            }
        }

        if (codePoints.Count == 0)
        {
            Console.Error.WriteLine($"{sourcePath} has no ideograph that {primary.Name} lacks.");
            return 1;
        }

        // Only the characters are asked for, not their glyph ids: HarfBuzz keeps every character that maps to a glyph
        // asked for by id, and a compatibility ideograph shares its glyph with the unified one Noto Sans SC already
        // has (U+F9E1 and 李 U+674E), which would put that one into the cmap too.
        var subset = FontSubsetter.Subset(source, codePoints, []);
        File.WriteAllBytes(outputPath, subset.Data);
        return Verify(outputPath, codePoints, glyphIds.Count, primary) ? 0 : 1;
    }

    private static bool Verify(string path, List<int> codePoints, int glyphCount, FontFace primary)
    {
        FontFace fallback;
        using (var stream = File.OpenRead(path))
        {
            fallback = FontFace.Load(Path.GetFileName(path), stream);
        }

        var missing = codePoints.Where(codePoint => !fallback.TryGetGlyph(codePoint, out _, out _)).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"The subset lost {missing.Count} characters, e.g. U+{missing[0]:X4}.");
            return false;
        }

        // A document embeds a subset of the fallback in turn: that must work too.
        fallback.TryGetGlyph(codePoints[0], out var glyphId, out _);
        var again = FontSubsetter.Subset(fallback, [codePoints[0]], [glyphId]);

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{path}: {codePoints.Count} characters, {glyphCount} glyphs (+ .notdef; the font has {fallback.Typeface.GlyphCount}), " +
            $"{new FileInfo(path).Length:N0} bytes; one character subset again: {again.Data.Length:N0} bytes"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Ascent/descent per em: fallback {fallback.AscentPerEm:F3}/{fallback.DescentPerEm:F3}, " +
            $"{primary.Name} {primary.AscentPerEm:F3}/{primary.DescentPerEm:F3}"));
        return true;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
