using SkiaSharp;

namespace Relief.Pdf.Layout;

internal sealed class LineElement(float thickness, SKColor color) : Element
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space) =>
        thickness > space.Height && !space.MustPlace
            ? LayoutResult.Nothing
            : LayoutResult.Complete(new LineFragment(space.Width, thickness, color));
}
