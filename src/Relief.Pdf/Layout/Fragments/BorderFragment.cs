using SkiaSharp;

namespace Relief.Pdf.Layout;

/// <summary>Draws the child, then the requested sides centred on the box edges.</summary>
internal sealed class BorderFragment(Fragment child, Thickness sides, SKColor color, float width) : Fragment(width, child.Height)
{
    public override void Draw(DrawContext context, float x, float y)
    {
        child.Draw(context, x, y);
        if (sides.Left > 0 && sides.Left == sides.Top && sides.Left == sides.Right && sides.Left == sides.Bottom)
        {
            // One rectangle is one path in the PDF instead of four; table cells make this the common case.
            context.StrokeRect(x, y, Width, Height, color, sides.Left);
            return;
        }

        DrawSide(context, sides.Top, x, y, x + Width, y);
        DrawSide(context, sides.Bottom, x, y + Height, x + Width, y + Height);
        DrawSide(context, sides.Left, x, y, x, y + Height);
        DrawSide(context, sides.Right, x + Width, y, x + Width, y + Height);
    }

    public override Fragment StretchTo(float height) =>
        height <= Height ? this : new BorderFragment(child.StretchTo(height), sides, color, Width);

    private void DrawSide(DrawContext context, float thickness, float x0, float y0, float x1, float y1)
    {
        if (thickness > 0)
        {
            context.Line(x0, y0, x1, y1, color, thickness);
        }
    }
}
