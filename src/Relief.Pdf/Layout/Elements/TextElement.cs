using Relief.Pdf.Text;

namespace Relief.Pdf.Layout;

/// <summary>
/// A paragraph of styled spans. The first span is held inline, because most paragraphs (every table cell)
/// have one. Lines are broken when the paragraph is laid out; the context remembers the last paragraph's
/// lines, so measuring and then placing it (alignment, auto widths) breaks it once.
/// </summary>
internal sealed class TextElement : Element
{
    private TextSpan _first;
    private List<TextSpan>? _rest;

    public TextStyle Style { get; set; } = TextStyle.Default;

    public TextAlignment Alignment { get; set; } = TextAlignment.Left;

    public int SpanCount { get; private set; }

    public TextSpan Span(int index) => index == 0 ? _first : _rest![index - 1];

    public int AddSpan(string text)
    {
        var span = new TextSpan(text, TextStyle.Default);
        if (SpanCount == 0)
        {
            _first = span;
        }
        else
        {
            (_rest ??= []).Add(span);
        }

        return SpanCount++;
    }

    public void StyleSpan(int index, TextStyle style)
    {
        if (index == 0)
        {
            _first = _first with { Style = style.Over(_first.Style) };
        }
        else
        {
            _rest![index - 1] = _rest[index - 1] with { Style = style.Over(_rest[index - 1].Style) };
        }
    }

    public override LayoutResult Layout(LayoutContext context, LayoutSpace space) =>
        TextLinesElement.Fit(Lines(context, space.Width), 0, space, Alignment);

    public override float MeasureWidth(LayoutContext context, float maxWidth) =>
        TextLinesElement.MaxWidth(Lines(context, maxWidth), 0);

    private TextLine[] Lines(LayoutContext context, float width)
    {
        if (context.TryGetLines(this, width, out var cached))
        {
            return cached;
        }

        var paragraph = context.Resolve(Style);
        var spans = new StyledText[SpanCount];
        for (var index = 0; index < spans.Length; index++)
        {
            var span = Span(index);
            var text = context.PageNumbers?.Substitute(span.Text) ?? span.Text;
            spans[index] = new StyledText(text, ReferenceEquals(span.Style, TextStyle.Default) ? paragraph : span.Style.ResolveOver(paragraph));
        }

        var lines = ParagraphLayouter.Layout(context.Fonts, spans, width, paragraph.LineSpacing, Alignment == TextAlignment.Justify);
        context.RememberLines(this, width, lines);
        return lines;
    }
}
