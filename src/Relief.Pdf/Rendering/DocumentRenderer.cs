using Microsoft.Extensions.Logging;
using Relief.Pdf.FontHandling;
using Relief.Pdf.Layout;
using Relief.Pdf.Writing;

namespace Relief.Pdf.Rendering;

/// <summary>
/// Lays the whole document out, then fills in page numbers ({N} must be known before any footer) and draws
/// every page with Relief's PDF writer, which subsets the fonts to the glyphs used when it closes.
/// </summary>
internal static class DocumentRenderer
{
    // Wide enough for any real page number, so the estimated header and footer heights are never too small.
    private static readonly PageNumbers EstimateNumbers = new(99999, 99999);

    public static int Render(DocumentDescriptor document, Stream output, PdfFontOptions fontOptions, ILogger logger)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var fonts = new DocumentFonts(FontLibrary.Get(fontOptions), logger);
        var images = new ImageCache();
        var pages = new List<PageLayout>();
        foreach (var section in document.Pages)
        {
            Paginate(section, new LayoutContext(fonts, section.TextStyle, images, logger), pages);
        }

        for (var index = 0; index < pages.Count; index++)
        {
            var page = pages[index];
            var context = new LayoutContext(fonts, page.Settings.TextStyle, images, logger)
                .ForPage(new PageNumbers(index + 1, pages.Count));
            page.Header = LayoutWhole(page.Settings.HeaderSlot, context, ContentWidth(page.Settings));
            page.Footer = LayoutWhole(page.Settings.FooterSlot, context, ContentWidth(page.Settings));
        }

        var layoutTime = stopwatch.Elapsed;
        using (var writer = new PdfDocumentWriter(output, fonts))
        {
            Draw(writer, pages);
            var drawTime = stopwatch.Elapsed;
            writer.Close(document.DocumentMetadata);
            logger.LogDebug(
                "Rendered {Pages} pages: layout {Layout:F0} ms, drawing {Draw:F0} ms, fonts and closing {Close:F0} ms.",
                pages.Count, layoutTime.TotalMilliseconds, (drawTime - layoutTime).TotalMilliseconds,
                (stopwatch.Elapsed - drawTime).TotalMilliseconds);
        }

        return pages.Count;
    }

    private static void Paginate(PageDescriptor section, LayoutContext context, List<PageLayout> pages)
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

        Element? remaining = section.ContentSlot.Slot;
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

            pages.Add(new PageLayout(section, fragment, margins.Top + headerHeight));
            remaining = result.Remainder;
        }
    }

    private static Fragment LayoutWhole(Container slot, LayoutContext context, float width) =>
        slot.Slot.Layout(context, new LayoutSpace(width, float.PositiveInfinity, MustPlace: true)).Fragment
        ?? EmptyFragment.Zero;

    private static float ContentWidth(PageDescriptor section) => section.PageSize.Width - section.Margins.Horizontal;

    private static void Draw(PdfDocumentWriter writer, List<PageLayout> pages)
    {
        foreach (var page in pages)
        {
            var size = page.Settings.PageSize;
            var margins = page.Settings.Margins;
            var context = writer.BeginStream(size);
            page.Header?.Draw(context, margins.Left, margins.Top);
            page.Content.Draw(context, margins.Left, page.ContentTop);
            if (page.Footer is not null)
            {
                page.Footer.Draw(context, margins.Left, size.Height - margins.Bottom - page.Footer.Height);
            }

            writer.AddPage(size, writer.EndStream());
        }
    }
}
