using SkiaSharp;

namespace Relief.Pdf.Layout;

/// <summary>Draws the child, then the requested sides centred on the box edges.</summary>
internal sealed class BorderFragment(Fragment child, Thickness sides, SKColor color, float width) : Fragment(width, child.Height)
{
    public override void Draw(DrawContext context, float x, float y)
    {
        child.Draw(context, x, y);
        var canvas = context.Canvas;
        if (sides.Left > 0 && sides.Left == sides.Top && sides.Left == sides.Right && sides.Left == sides.Bottom)
        {
            // One rectangle is one path in the PDF instead of four; table cells make this the common case.
            canvas.DrawRect(x, y, Width, Height, context.Stroke(color, sides.Left));
            return;
        }

        DrawSide(canvas, context, sides.Top, x, y, x + Width, y);
        DrawSide(canvas, context, sides.Bottom, x, y + Height, x + Width, y + Height);
        DrawSide(canvas, context, sides.Left, x, y, x, y + Height);
        DrawSide(canvas, context, sides.Right, x + Width, y, x + Width, y + Height);
    }

    public override Fragment StretchTo(float height) =>
        height <= Height ? this : new BorderFragment(child.StretchTo(height), sides, color, Width);

    private void DrawSide(SKCanvas canvas, DrawContext context, float thickness, float x0, float y0, float x1, float y1)
    {
        if (thickness > 0)
        {
            canvas.DrawLine(x0, y0, x1, y1, context.Stroke(color, thickness));
        }
    }
}
