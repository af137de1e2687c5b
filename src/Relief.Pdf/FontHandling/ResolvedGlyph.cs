namespace Relief.Pdf.FontHandling;

/// <summary>The face that draws a character, the character actually drawn, and its advance per point of size.</summary>
internal readonly record struct ResolvedGlyph(int FaceIndex, int CodePoint, float AdvancePerEm);
