using Relief.Pdf.FontHandling;
using Relief.Pdf.Text;

namespace Relief.Pdf.Layout;

/// <summary>A paragraph. Lines are broken once per width and rendering, then placed until the page is full.</summary>
internal sealed class TextElement(TextBlock block) : Element
{
    // One entry is enough: a paragraph is laid out at one width per rendering (twice for auto widths).
    // Replaced whole, never mutated, so concurrent renderings of one document stay safe.
    private LinesCache? _cache;

    public override LayoutResult Layout(LayoutContext context, LayoutSpace space) =>
        TextLinesElement.Fit(Lines(context, space.Width), 0, space, block.Alignment);

    public override float MeasureWidth(LayoutContext context, float maxWidth) =>
        TextLinesElement.MaxWidth(Lines(context, maxWidth), 0);

    private TextLine[] Lines(LayoutContext context, float width)
    {
        var cache = _cache;
        if (cache is not null && cache.Fonts == context.Fonts && cache.PageNumbers == context.PageNumbers &&
            (cache.Width == width || (width < cache.Width && width >= cache.WidestLine)))
        {
            // Greedy breaking gives the same lines at any width between the widest line and the old width,
            // which is what alignment asks for after measuring.
            return cache.Lines;
        }

        var paragraphStyle = block.Style.Over(context.DefaultTextStyle);
        var spans = new StyledText[block.Spans.Count];
        for (var index = 0; index < spans.Length; index++)
        {
            var span = block.Spans[index];
            var text = context.PageNumbers?.Substitute(span.Text) ?? span.Text;
            spans[index] = new StyledText(text, span.Style.Over(paragraphStyle).Resolve());
        }

        var lines = ParagraphLayouter.Layout(
            context.Fonts, spans, width, paragraphStyle.Resolve().LineSpacing, block.Alignment == TextAlignment.Justify);
        _cache = new LinesCache(context.Fonts, width, context.PageNumbers, lines, TextLinesElement.MaxWidth(lines, 0));
        return lines;
    }

    private sealed record LinesCache(DocumentFonts Fonts, float Width, PageNumbers? PageNumbers, TextLine[] Lines, float WidestLine);
}
