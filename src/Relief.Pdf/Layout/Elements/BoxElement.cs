namespace Relief.Pdf.Layout;

/// <summary>Background, border, padding and alignment around one child, laid out and drawn as one box.</summary>
internal sealed class BoxElement(BoxStyle style, Element? child = null) : DecoratorElement(child), IBoxHost
{
    public BoxStyle Style { get; private set; } = style;

    /// <summary>Adds decorations while the document is composed and before the child is put in.</summary>
    public bool TryJoin(int index, in BoxStyle inner)
    {
        if (!Style.Accepts(inner))
        {
            return false;
        }

        Style = Style.Join(inner);
        return true;
    }

    public override LayoutResult Layout(LayoutContext context, LayoutSpace space) => Layout(context, space, Style, Child);

    /// <summary>Lays out <paramref name="child"/> in a box of the given style (a box element, or a table cell's own box).</summary>
    public static LayoutResult Layout(LayoutContext context, LayoutSpace space, BoxStyle style, Element child)
    {
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
            var width = Math.Min(inner.Width, child.MeasureWidth(context, inner.Width));
            offset = alignment switch
            {
                HorizontalAlignment.Center => (inner.Width - width) / 2,
                HorizontalAlignment.Right => inner.Width - width,
                _ => 0,
            };
            inner = inner with { Width = width };
        }

        var result = child.Layout(context, inner);
        if (result.IsNothing)
        {
            return result;
        }

        var placed = result.Fragment!;
        var fragment = new BoxFragment(placed, style, offset, space.Width, placed.Height + padding.Vertical);
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
