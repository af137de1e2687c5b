using SkiaSharp;

namespace Relief.Pdf.Layout;

internal sealed class BackgroundFragment(Fragment child, SKColor color, float width) : Fragment(width, child.Height)
{
    public override void Draw(DrawContext context, float x, float y)
    {
        context.FillRect(x, y, Width, Height, color);
        child.Draw(context, x, y);
    }

    public override Fragment StretchTo(float height) =>
        height <= Height ? this : new BackgroundFragment(child.StretchTo(height), color, Width);
}
