namespace Relief.Pdf.Layout;

/// <summary>A PNG or JPEG scaled to the available width, keeping its aspect ratio.</summary>
internal sealed class ImageElement(byte[] encoded) : Element
{
    // Pixels are taken as 1/96 inch when an image sizes itself (auto row items, alignment).
    private const float PointsPerPixel = 0.75f;

    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        var image = context.Images.Get(encoded);
        var aspect = (float)image.PixelHeight / image.PixelWidth;
        var width = space.Width;
        var height = width * aspect;
        if (height > space.Height)
        {
            if (!space.MustPlace)
            {
                return LayoutResult.Nothing;
            }

            // Taller than a whole page: shrink it to the page rather than cut it.
            height = space.Height;
            width = height / aspect;
        }

        return LayoutResult.Complete(new ImageFragment(image, width, height));
    }

    public override float MeasureWidth(LayoutContext context, float maxWidth) =>
        Math.Min(maxWidth, context.Images.Get(encoded).PixelWidth * PointsPerPixel);
}
