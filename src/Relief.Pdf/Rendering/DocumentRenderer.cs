using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Relief.Pdf.FontHandling;
using Relief.Pdf.Layout;
using Relief.Pdf.Writing;

namespace Relief.Pdf.Rendering;

/// <summary>
/// Lays the content out page by page and writes each page's content stream as soon as it is placed, so a
/// laid-out page is garbage by the time the next one starts. Headers and footers may show {N}, so they are
/// laid out and drawn into small streams of their own once the page count is known; each page then shows
/// header, content and footer streams in that order. The writer subsets the fonts when it closes.
/// </summary>
internal static class DocumentRenderer
{
    // Wide enough for any real page number, so the estimated header and footer heights are never too small.
    private static readonly PageNumbers EstimateNumbers = new(99999, 99999);

    public static int Render(DocumentDescriptor document, Stream output, PdfFontOptions fontOptions, ILogger logger)
    {
        var stopwatch = Stopwatch.StartNew();
        var fonts = new DocumentFonts(FontLibrary.Get(fontOptions), logger);
        var images = new ImageCache();
        using var writer = new PdfDocumentWriter(output, fonts);
        var pages = new List<WrittenPage>();
        foreach (var section in document.Pages)
        {
            Paginate(section, new LayoutContext(fonts, section.TextStyle, images, logger), writer, pages);
        }

        var contentTime = stopwatch.Elapsed;
        for (var index = 0; index < pages.Count; index++)
        {
            var (section, content) = pages[index];
            var context = new LayoutContext(fonts, section.TextStyle, images, logger)
                .ForPage(new PageNumbers(index + 1, pages.Count));
            var width = ContentWidth(section);
            var margins = section.Margins;
            var size = section.PageSize;

            var header = LayoutWhole(section.HeaderSlot, context, width);
            header.Draw(writer.BeginStream(size), margins.Left, margins.Top);
            var headerStream = writer.EndStream();

            var footer = LayoutWhole(section.FooterSlot, context, width);
            footer.Draw(writer.BeginStream(size), margins.Left, size.Height - margins.Bottom - footer.Height);
            var footerStream = writer.EndStream();

            writer.AddPage(size, headerStream, content, footerStream);
        }

        var headerTime = stopwatch.Elapsed;
        writer.Close(document.DocumentMetadata);
        logger.LogDebug(
            "Rendered {Pages} pages: content layout and drawing {Content:F0} ms, headers and footers {Headers:F0} ms, fonts and closing {Close:F0} ms.",
            pages.Count, contentTime.TotalMilliseconds, (headerTime - contentTime).TotalMilliseconds,
            (stopwatch.Elapsed - headerTime).TotalMilliseconds);
        return pages.Count;
    }

    private static void Paginate(PageDescriptor section, LayoutContext context, PdfDocumentWriter writer, List<WrittenPage> pages)
    {
        var width = ContentWidth(section);
        var estimateContext = context.ForPage(EstimateNumbers);
        var headerHeight = LayoutWhole(section.HeaderSlot, estimateContext, width).Height;
        var footerHeight = LayoutWhole(section.FooterSlot, estimateContext, width).Height;
        var margins = section.Margins;
        var contentHeight = section.PageSize.Height - margins.Vertical - headerHeight - footerHeight;
        if (contentHeight <= 0)
        {
            throw new InvalidOperationException("Header, footer and margins leave no room for content on the page.");
        }

        Element? remaining = section.ContentSlot;
        while (remaining is not null)
        {
            // A fresh page must take something, or an element taller than a page would loop forever.
            var result = remaining.Layout(context, new LayoutSpace(width, contentHeight, MustPlace: true));
            var fragment = result.Fragment ?? EmptyFragment.Zero;
            if (fragment.Height > contentHeight + 0.5f)
            {
                context.Logger.LogWarning(
                    "Content {Height:F0} pt tall does not fit a page with {Available:F0} pt of room; it overflows page {Page}.",
                    fragment.Height, contentHeight, pages.Count + 1);
            }

            fragment.Draw(writer.BeginStream(section.PageSize), margins.Left, margins.Top + headerHeight);
            pages.Add(new WrittenPage(section, writer.EndStream()));
            remaining = result.Remainder;
        }
    }

    private static Fragment LayoutWhole(SlotElement slot, LayoutContext context, float width) =>
        slot.Layout(context, new LayoutSpace(width, float.PositiveInfinity, MustPlace: true)).Fragment
        ?? EmptyFragment.Zero;

    private static float ContentWidth(PageDescriptor section) => section.PageSize.Width - section.Margins.Horizontal;

    /// <summary>A page whose content stream is written; its header and footer follow once {N} is known.</summary>
    private readonly record struct WrittenPage(PageDescriptor Section, int ContentStream);
}
