namespace Relief.Pdf.FontHandling;

/// <summary>
/// What one document uses of one face: the glyph of each character drawn with it (content streams show
/// glyph ids of the full font file), and for each glyph the first character it stood for and its advance,
/// which become the PDF font's ToUnicode map and widths. Not thread-safe: one instance per rendering.
/// </summary>
internal sealed class FaceUsage(FontFace face)
{
    private readonly CodePointMap<ushort> _glyphIds = new();
    private readonly Dictionary<ushort, GlyphUse> _glyphs = [];
    private readonly List<int> _codePoints = [];

    public FontFace Face { get; } = face;

    public bool IsUsed => _glyphs.Count > 0;

    public IReadOnlyList<int> CodePoints => _codePoints;

    public IReadOnlyDictionary<ushort, GlyphUse> Glyphs => _glyphs;

    public void Add(int codePoint, ushort glyphId, float advancePerEm)
    {
        if (_glyphIds.TryGetValue(codePoint, out _))
        {
            return;
        }

        _glyphIds.Set(codePoint, glyphId);
        _codePoints.Add(codePoint);

        // Two characters may share a glyph (金 U+91D1 and the radical ⾦ U+2FA6): the text reads back as the
        // one used first, which is the one the document actually wrote.
        _glyphs.TryAdd(glyphId, new GlyphUse(codePoint, advancePerEm));
    }

    /// <summary>The glyph drawn for a character laid out with this face (0, .notdef, if it never was).</summary>
    public ushort GlyphId(int codePoint) => _glyphIds.TryGetValue(codePoint, out var glyphId) ? glyphId : (ushort)0;
}

/// <summary>A glyph a document uses: the character it is read back as, and its advance per point of size.</summary>
internal readonly record struct GlyphUse(int CodePoint, float AdvancePerEm);
