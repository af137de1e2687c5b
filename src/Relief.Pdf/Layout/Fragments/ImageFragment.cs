using SkiaSharp;

namespace Relief.Pdf.Layout;

internal sealed class ImageFragment(SKImage image, float width, float height) : Fragment(width, height)
{
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.None);

    public override void Draw(DrawContext context, float x, float y) =>
        context.Canvas.DrawImage(image, SKRect.Create(x, y, Width, Height), Sampling);
}
