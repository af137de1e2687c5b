using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Relief.Pdf.Tests.Support;

/// <summary>Reads a rendered PDF back with PdfPig, the way a user's copy and search would see it.</summary>
internal static class PdfReader
{
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => page.Text)];
    }

    public static string AllText(byte[] pdf) => string.Concat(PageTexts(pdf));

    public static IReadOnlyList<Letter> Letters(byte[] pdf, int pageNumber)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPage(pageNumber).Letters];
    }

    /// <summary>Text without any whitespace: lines wrap at spaces, and the space at a line end is not drawn.</summary>
    public static string WithoutWhiteSpace(string text) => string.Concat(text.Where(character => !char.IsWhiteSpace(character)));
}
