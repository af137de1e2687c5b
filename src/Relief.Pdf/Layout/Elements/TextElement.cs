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

    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        if (TrySingleLine(context, space.Width, out var line))
        {
            // The same test as TextLinesElement.Fit makes for a first line.
            return line.Height > space.Height + TextLinesElement.Tolerance && !space.MustPlace
                ? LayoutResult.Nothing
                : LayoutResult.Complete(new SingleLineFragment(line.Run, line.Baseline, space.Width, line.Height, Alignment));
        }

        return TextLinesElement.Fit(Lines(context, space.Width), 0, space, Alignment);
    }

    public override float MeasureWidth(LayoutContext context, float maxWidth) =>
        TrySingleLine(context, maxWidth, out var line) ? line.Width : TextLinesElement.MaxWidth(Lines(context, maxWidth), 0);

    /// <summary>
    /// One span that fits on one line in one font (most table cells): measured without building lines, and
    /// remembered by the context so that measuring and then placing it (alignment) measures once.
    /// </summary>
    private bool TrySingleLine(LayoutContext context, float width, out SingleLine line)
    {
        if (SpanCount != 1)
        {
            line = default;
            return false;
        }

        if (context.TryGetSingleLine(this, width, out line))
        {
            return true;
        }

        var paragraph = context.Resolve(Style);
        var text = context.PageNumbers?.Substitute(_first.Text) ?? _first.Text;
        var style = ReferenceEquals(_first.Style, TextStyle.Default) ? paragraph : _first.Style.ResolveOver(paragraph);
        if (!ParagraphLayouter.TrySingleLine(context.Fonts, new StyledText(text, style), width, paragraph.LineSpacing, out line))
        {
            return false;
        }

        context.RememberSingleLine(this, line);
        return true;
    }

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
