namespace Relief.Pdf.Layout;

/// <summary>A child drawn at an offset inside a box of its own size.</summary>
internal sealed class PositionedFragment(Fragment child, float offsetX, float offsetY, float width, float height)
    : Fragment(width, height)
{
    public override void Draw(DrawContext context, float x, float y) => child.Draw(context, x + offsetX, y + offsetY);
}
