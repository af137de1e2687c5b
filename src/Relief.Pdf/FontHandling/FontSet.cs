namespace Relief.Pdf.FontHandling;

/// <summary>
/// The faces a document may use: index 0 regular, 1 bold, then the fallbacks, those of the font folder before the
/// bundled one.
/// </summary>
internal sealed class FontSet
{
    public const int RegularIndex = 0;
    public const int BoldIndex = 1;

    public FontSet(FontFace regular, FontFace bold, IReadOnlyList<FontFace> fallbacks)
    {
        Faces = [regular, bold, .. fallbacks];
    }

    public IReadOnlyList<FontFace> Faces { get; }
}
