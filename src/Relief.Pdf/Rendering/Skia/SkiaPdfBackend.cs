using Relief.Pdf.FontHandling;
using Relief.Pdf.Layout;
using SkiaSharp;

namespace Relief.Pdf.Rendering.Skia;

/// <summary>Draws through Skia's PDF backend; needs the fonts subset before the first page.</summary>
internal sealed class SkiaPdfBackend : IPdfBackend
{
    private const string Producer = "Relief";

    private readonly Stream _output;
    private readonly SKDynamicMemoryWStream _buffer;
    private readonly SKDocument _pdf;
    private readonly SkiaDrawContext _context;

    public SkiaPdfBackend(Stream output, DocumentMetadata metadata, DocumentFonts fonts)
    {
        _output = output;

        // Skia writes the PDF in many small pieces; into a managed stream each is a native-to-managed call,
        // so it writes to native memory and the result is copied out once.
        _buffer = new SKDynamicMemoryWStream();
        _pdf = SKDocument.CreatePdf(_buffer, PdfMetadata(metadata))
            ?? throw new InvalidOperationException("Skia could not start a PDF document.");
        _context = new SkiaDrawContext(fonts);
    }

    public DrawContext BeginPage(PageSize size)
    {
        _context.Canvas = _pdf.BeginPage(size.Width, size.Height);
        return _context;
    }

    public void EndPage()
    {
        _context.FlushText();
        _pdf.EndPage();
    }

    public void Close()
    {
        _pdf.Close();
        using var data = _buffer.DetachAsData();
        _output.Write(data.AsSpan());
    }

    public void Dispose()
    {
        _context.Dispose();
        _pdf.Dispose();
        _buffer.Dispose();
    }

    private static SKDocumentPdfMetadata PdfMetadata(DocumentMetadata metadata)
    {
        var created = (metadata.CreationDate ?? DateTimeOffset.Now).UtcDateTime;
        var pdfMetadata = SKDocumentPdfMetadata.Default;
        pdfMetadata.Title = metadata.Title;
        pdfMetadata.Author = metadata.Author;
        pdfMetadata.Subject = metadata.Subject;
        pdfMetadata.Keywords = metadata.Keywords;
        pdfMetadata.Creator = Producer;
        pdfMetadata.Producer = Producer;
        pdfMetadata.Creation = created;
        pdfMetadata.Modified = created;
        return pdfMetadata;
    }
}
