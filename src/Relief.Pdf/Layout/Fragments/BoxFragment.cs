namespace Relief.Pdf.Layout;

/// <summary>
/// A placed box: the background, then the child inside the padding (shifted by its alignment), then the
/// border sides centred on the box edges.
/// </summary>
internal sealed class BoxFragment(Fragment child, BoxStyle style, float childOffset, float width, float height)
    : Fragment(width, height)
{
    public override void Draw(DrawContext context, float x, float y)
    {
        if (style.Background is { } background)
        {
            context.FillRect(x, y, Width, Height, background);
        }

        child.Draw(context, x + style.Padding.Left + childOffset, y + style.Padding.Top);

        var sides = style.Border;
        if (sides.Left > 0 && sides.Left == sides.Top && sides.Left == sides.Right && sides.Left == sides.Bottom)
        {
            // One rectangle is one path in the PDF instead of four; table cells make this the common case.
            context.StrokeRect(x, y, Width, Height, style.BorderColor, sides.Left);
            return;
        }

        DrawSide(context, sides.Top, x, y, x + Width, y);
        DrawSide(context, sides.Bottom, x, y + Height, x + Width, y + Height);
        DrawSide(context, sides.Left, x, y, x, y + Height);
        DrawSide(context, sides.Right, x + Width, y, x + Width, y + Height);
    }

    /// <summary>Taller boxes stretch their child too (nested backgrounds fill the cell), unless it is aligned.</summary>
    public override Fragment StretchTo(float height) =>
        height <= Height
            ? this
            : new BoxFragment(
                style.Alignment is null ? child.StretchTo(height - style.Padding.Vertical) : child,
                style, childOffset, Width, height);

    private void DrawSide(DrawContext context, float thickness, float x0, float y0, float x1, float y1)
    {
        if (thickness > 0)
        {
            context.Line(x0, y0, x1, y1, style.BorderColor, thickness);
        }
    }
}
