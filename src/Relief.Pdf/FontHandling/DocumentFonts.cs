using Microsoft.Extensions.Logging;

namespace Relief.Pdf.FontHandling;

/// <summary>
/// The fonts of one document being rendered: picks a face per character (with fallback) and records which
/// characters and glyphs each face must keep for drawing and subsetting.
/// Not thread-safe: one instance per rendering.
/// </summary>
internal sealed class DocumentFonts
{
    /// <summary>□ stands in for characters no font covers, so the gap is visible on paper and in the log.</summary>
    public const int ReplacementCodePoint = 0x25A1;

    private readonly FontSet _set;
    private readonly ILogger _logger;
    private readonly FaceUsage[] _usage;
    private readonly HashSet<int> _reportedMissing = [];
    private readonly CodePointMap<ResolvedGlyph> _resolvedRegular = new();
    private readonly CodePointMap<ResolvedGlyph> _resolvedBold = new();

    public DocumentFonts(FontSet set, ILogger logger)
    {
        _set = set;
        _logger = logger;
        _usage = [.. set.Faces.Select(face => new FaceUsage(face))];
    }

    public FontFace Face(int faceIndex) => _set.Faces[faceIndex];

    public int FaceCount => _usage.Length;

    public FaceUsage Usage(int faceIndex) => _usage[faceIndex];

    /// <summary>
    /// Chooses the face for one character, preferring the requested weight, then the other bundled weight,
    /// then the fallback fonts (the folder's, then the bundled one). A character none covers is logged and replaced
    /// by □. Bold text takes a fallback's regular glyph: there is no bold fallback.
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
