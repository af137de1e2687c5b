namespace Relief.Pdf.FontHandling;

/// <summary>
/// The face that draws a character, the character actually drawn, its glyph in that face's full font file,
/// and its advance per point of size.
/// </summary>
internal readonly record struct ResolvedGlyph(int FaceIndex, int CodePoint, ushort GlyphId, float AdvancePerEm);
