using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace Relief.Pdf.FontHandling;

/// <summary>
/// The fonts of one document being rendered: picks a face per character (with fallback) and records which
/// characters and glyphs each face must keep for drawing and subsetting.
/// Not thread-safe: one instance per rendering.
/// </summary>
internal sealed class DocumentFonts : IDisposable
{
    /// <summary>□ stands in for characters no font covers, so the gap is visible on paper and in the log.</summary>
    public const int ReplacementCodePoint = 0x25A1;

    private readonly FontSet _set;
    private readonly ILogger _logger;
    private readonly FaceUsage[] _usage;
    private readonly HashSet<int> _reportedMissing = [];
    private readonly SKTypeface?[] _subsetTypefaces;
    private readonly Dictionary<(int Face, float Size), SKFont> _drawFonts = [];
    private readonly CodePointMap<ResolvedGlyph> _resolvedRegular = new();
    private readonly CodePointMap<ResolvedGlyph> _resolvedBold = new();
    private bool _prepared;

    public DocumentFonts(FontSet set, ILogger logger)
    {
        _set = set;
        _logger = logger;
        _usage = [.. set.Faces.Select(face => new FaceUsage(face))];
        _subsetTypefaces = new SKTypeface?[set.Faces.Count];
    }

    public FontFace Face(int faceIndex) => _set.Faces[faceIndex];

    public int FaceCount => _usage.Length;

    public FaceUsage Usage(int faceIndex) => _usage[faceIndex];

    /// <summary>
    /// Chooses the face for one character, preferring the requested weight, then the other bundled weight,
    /// then the folder's fallback fonts. A character none covers is logged and replaced by □.
    /// </summary>
    public ResolvedGlyph Resolve(int codePoint, bool bold)
    {
        // Every character of every cell comes through here: a per-document array lookup keeps it cheap.
        var resolved = bold ? _resolvedBold : _resolvedRegular;
        if (!resolved.TryGetValue(codePoint, out var glyph))
        {
            glyph = ResolveUncached(codePoint, bold);
            resolved.Set(codePoint, glyph);
        }

        return glyph;
    }

    private ResolvedGlyph ResolveUncached(int codePoint, bool bold)
    {
        var preferred = bold ? FontSet.BoldIndex : FontSet.RegularIndex;
        if (TryUse(preferred, codePoint, out var glyph))
        {
            return glyph;
        }

        for (var faceIndex = 0; faceIndex < _set.Faces.Count; faceIndex++)
        {
            if (faceIndex != preferred && TryUse(faceIndex, codePoint, out glyph))
            {
                return glyph;
            }
        }

        ReportMissing(codePoint);
        return codePoint == ReplacementCodePoint
            ? throw new InvalidOperationException("No configured font covers the replacement character □.")
            : Resolve(ReplacementCodePoint, bold);
    }

    /// <summary>Subsets every face the document used. Call once, after all layout and before any drawing.</summary>
    public void PrepareForDrawing()
    {
        for (var faceIndex = 0; faceIndex < _set.Faces.Count; faceIndex++)
        {
            if (!_usage[faceIndex].IsUsed)
            {
                continue;
            }

            var subset = FontSubsetter.Subset(_set.Faces[faceIndex].Data, _usage[faceIndex].CodePoints, []);
            using var data = SKData.CreateCopy(subset.Data);
            _subsetTypefaces[faceIndex] = SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"Subset of font '{_set.Faces[faceIndex].Name}' could not be read.");
        }

        _prepared = true;
    }

    public SKFont DrawFont(int faceIndex, float size)
    {
        if (!_prepared)
        {
            throw new InvalidOperationException("Fonts must be subset before drawing.");
        }

        if (!_drawFonts.TryGetValue((faceIndex, size), out var font))
        {
            var typeface = _subsetTypefaces[faceIndex]
                ?? throw new InvalidOperationException($"Face {faceIndex} is drawn but was never used in layout.");
            font = FontSettings.CreateFont(typeface, size);
            _drawFonts.Add((faceIndex, size), font);
        }

        return font;
    }

    public void Dispose()
    {
        foreach (var font in _drawFonts.Values)
        {
            font.Dispose();
        }

        foreach (var typeface in _subsetTypefaces)
        {
            typeface?.Dispose();
        }
    }

    private bool TryUse(int faceIndex, int codePoint, out ResolvedGlyph glyph)
    {
        if (_set.Faces[faceIndex].TryGetGlyph(codePoint, out var glyphId, out var advance))
        {
            _usage[faceIndex].Add(codePoint, glyphId, advance);
            glyph = new ResolvedGlyph(faceIndex, codePoint, glyphId, advance);
            return true;
        }

        glyph = default;
        return false;
    }

    private void ReportMissing(int codePoint)
    {
        if (_reportedMissing.Add(codePoint))
        {
            _logger.LogWarning(
                "Character '{Character}' (U+{CodePoint}) is not covered by any configured font; it is drawn as □.",
                char.ConvertFromUtf32(codePoint),
                codePoint.ToString("X4"));
        }
    }
}
