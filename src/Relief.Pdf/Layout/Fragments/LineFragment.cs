using SkiaSharp;

namespace Relief.Pdf.Layout;

internal sealed class LineFragment(float width, float thickness, SKColor color) : Fragment(width, thickness)
{
    public override void Draw(DrawContext context, float x, float y) => context.FillRect(x, y, Width, Height, color);
}
