namespace Relief.Pdf.Layout;

internal sealed class PaddingFragment(Fragment child, Thickness padding, float width)
    : Fragment(width, child.Height + padding.Top + padding.Bottom)
{
    public override void Draw(DrawContext context, float x, float y) =>
        child.Draw(context, x + padding.Left, y + padding.Top);

    public override Fragment StretchTo(float height) =>
        height <= Height ? this : new PaddingFragment(child.StretchTo(height - padding.Top - padding.Bottom), padding, Width);
}
