using PdfSharp.Fonts;

namespace Relief.Benchmarks.Pdf;

/// <summary>
/// Gives PDFsharp the same Noto Sans SC files Relief.Pdf bundles: on Linux PDFsharp finds no fonts by itself,
/// and the comparison is only fair with the same font.
/// </summary>
internal sealed class BundledFontResolver : IFontResolver
{
    public const string FamilyName = "Noto Sans SC";
    private const string RegularFace = "NotoSansSC-Regular.ttf";
    private const string BoldFace = "NotoSansSC-Bold.ttf";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? BoldFace : RegularFace)
            : null;

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(Relief.Pdf.Document).Assembly.GetManifestResourceStream("Relief.Pdf.Fonts." + faceName);
        if (stream is null)
        {
            return null;
        }

        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return data;
    }
}
