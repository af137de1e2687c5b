namespace Relief.Pdf.Layout;

internal sealed class EmptyFragment(float width, float height) : Fragment(width, height)
{
    public static EmptyFragment Zero { get; } = new(0, 0);

    public override void Draw(DrawContext context, float x, float y)
    {
        // Nothing to draw: this fragment only takes space.
    }

    public override Fragment StretchTo(float height) => height <= Height ? this : new EmptyFragment(Width, height);
}
