using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Relief.Pdf.Rendering;

namespace Relief.Pdf;

/// <summary>
/// A composed document, ready to render. Composition runs once in <see cref="Create"/>; each call of
/// <see cref="GeneratePdf(Stream, PdfFontOptions?, ILogger?)"/> lays the document out and draws it afresh.
/// Different documents may be rendered on different threads at the same time.
/// </summary>
public sealed class Document
{
    private readonly DocumentDescriptor _descriptor;

    private Document(DocumentDescriptor descriptor)
    {
        _descriptor = descriptor;
    }

    public static Document Create(Action<DocumentDescriptor> compose)
    {
        var descriptor = new DocumentDescriptor();
        compose(descriptor);
        return new Document(descriptor);
    }

    /// <summary>Writes the PDF to <paramref name="output"/>, which stays open. Returns the number of pages.</summary>
    public int GeneratePdf(Stream output, PdfFontOptions? fonts = null, ILogger? logger = null) =>
        DocumentRenderer.Render(_descriptor, output, fonts ?? PdfFontOptions.Bundled, logger ?? NullLogger.Instance);

    public byte[] GeneratePdf(PdfFontOptions? fonts = null, ILogger? logger = null)
    {
        using var output = new MemoryStream();
        GeneratePdf(output, fonts, logger);
        return output.ToArray();
    }
}
