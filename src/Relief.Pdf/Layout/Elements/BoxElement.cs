namespace Relief.Pdf.Layout;

/// <summary>Background, border, padding and alignment around one child, laid out and drawn as one box.</summary>
internal sealed class BoxElement(BoxStyle style, Element? child = null) : DecoratorElement(child)
{
    public BoxStyle Style { get; private set; } = style;

    /// <summary>Adds decorations while the document is composed and before the child is put in.</summary>
    public void Join(in BoxStyle inner) => Style = Style.Join(inner);

    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        var style = Style;
        var padding = style.Padding;
        if (space.Height < padding.Vertical && !space.MustPlace)
        {
            return LayoutResult.Nothing;
        }

        var inner = space.Shrink(padding.Horizontal, padding.Vertical);
        var offset = 0f;
        if (style.Alignment is { } alignment)
        {
            // The child gets only the width it wants and is placed left, centre or right.
            var width = Math.Min(inner.Width, Child.MeasureWidth(context, inner.Width));
            offset = alignment switch
            {
                HorizontalAlignment.Center => (inner.Width - width) / 2,
                HorizontalAlignment.Right => inner.Width - width,
                _ => 0,
            };
            inner = inner with { Width = width };
        }

        var result = Child.Layout(context, inner);
        if (result.IsNothing)
        {
            return result;
        }

        var child = result.Fragment!;
        var fragment = new BoxFragment(child, style, offset, space.Width, child.Height + padding.Vertical);
        return result.Remainder is null
            ? LayoutResult.Complete(fragment)
            : LayoutResult.Partial(fragment, new BoxElement(style, result.Remainder));
    }

    public override float MeasureWidth(LayoutContext context, float maxWidth)
    {
        var horizontal = Style.Padding.Horizontal;
        return Child.MeasureWidth(context, Math.Max(0, maxWidth - horizontal)) + horizontal;
    }
}
