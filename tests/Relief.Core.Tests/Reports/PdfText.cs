using UglyToad.PdfPig;

namespace Relief.Core.Tests.Reports;

/// <summary>A PDF's text read back with PdfPig, one string per page, without white space (PdfPig gives words, not the spaces between them).</summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text))).ToList();
    }

    /// <summary>
    /// Each page's text in the order it was drawn, without spaces: a cell whose text wraps reads as one run, where
    /// <see cref="Pages"/> reads line by line across the cells beside it.
    /// </summary>
    public static List<string> PagesInDrawingOrder(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Squash(UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(p))).ToList();
    }

    public static string Squash(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Keeps the PDF under RELIEF_KEEP_PDF (a folder) to be rendered and looked at.</summary>
    public static async Task KeepAsync(string fileName, byte[] pdf)
    {
        if (Environment.GetEnvironmentVariable("RELIEF_KEEP_PDF") is { Length: > 0 } folder)
            await File.WriteAllBytesAsync(Path.Combine(folder, fileName), pdf);
    }
}
