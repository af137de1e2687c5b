using Relief.Pdf.Layout;

namespace Relief.Pdf.Rendering;

/// <summary>Writes laid-out pages as a PDF: one page is drawn at a time through the returned context.</summary>
internal interface IPdfBackend : IDisposable
{
    DrawContext BeginPage(PageSize size);

    void EndPage();

    /// <summary>Finishes the document and writes it to the output.</summary>
    void Close();
}
