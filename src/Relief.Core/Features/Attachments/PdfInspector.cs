using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Relief.Core.Features.Attachments;

/// <summary>
/// A PDF is kept only when PdfPig, strictly, opens it and reads every page, and when it carries nothing that runs
/// (JavaScript, launch actions) or hides other files. It is kept as uploaded: a signed or scanned paper stays the same.
/// </summary>
public static class PdfInspector
{
    private static readonly byte[][] ActiveMarkers =
        [.. new[] { "/JavaScript", "/JS ", "/JS(", "/JS<", "/JS/", "/JS\n", "/JS\r", "/Launch", "/EmbeddedFile", "/RichMedia" }.Select(Encoding.ASCII.GetBytes)];

    public static IntakeResult Inspect(byte[] upload)
    {
        int pages;
        try
        {
            using var document = PdfDocument.Open(upload, new ParsingOptions { UseLenientParsing = false });
            pages = document.NumberOfPages;
            if (pages < 1) return IntakeResult.Refused(IntakeProblem.DamagedPdf);
            foreach (var page in document.GetPages()) _ = page.Size;
        }
        catch (PdfDocumentEncryptedException)
        {
            return IntakeResult.Refused(IntakeProblem.EncryptedPdf);
        }
#pragma warning disable CA1031 // Any failure to read the file is the same answer to the user: it is damaged.
        catch (Exception)
#pragma warning restore CA1031
        {
            return IntakeResult.Refused(IntakeProblem.DamagedPdf);
        }
        if (ActiveMarkers.Any(marker => upload.AsSpan().IndexOf(marker) >= 0)) return IntakeResult.Refused(IntakeProblem.ActivePdf);
        return IntakeResult.Accepted(new PreparedFile(upload, "application/pdf", null, null, null, pages));
    }
}
