namespace Relief.Pdf.Layout;

internal sealed class ImageFragment(ImageSource image, float width, float height) : Fragment(width, height)
{
    public override void Draw(DrawContext context, float x, float y) => context.Image(image, x, y, Width, Height);
}
