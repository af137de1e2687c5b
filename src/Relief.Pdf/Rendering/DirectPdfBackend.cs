using Relief.Pdf.FontHandling;
using Relief.Pdf.Layout;
using Relief.Pdf.Writing;

namespace Relief.Pdf.Rendering;

/// <summary>Draws through Relief's own PDF writer: one content stream per page.</summary>
internal sealed class DirectPdfBackend(Stream output, DocumentMetadata metadata, DocumentFonts fonts) : IPdfBackend
{
    private readonly PdfDocumentWriter _writer = new(output, fonts);
    private PageSize _size;

    public DrawContext BeginPage(PageSize size)
    {
        _size = size;
        return _writer.BeginStream(size);
    }

    public void EndPage() => _writer.AddPage(_size, _writer.EndStream());

    public void Close() => _writer.Close(metadata);

    public void Dispose() => _writer.Dispose();
}
