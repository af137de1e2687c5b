using SkiaSharp;

namespace Relief.Pdf.Layout;

internal sealed class BackgroundElement(Element child, SKColor color) : Element
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        var result = child.Layout(context, space);
        if (result.IsNothing)
        {
            return result;
        }

        var fragment = new BackgroundFragment(result.Fragment!, color, space.Width);
        return result.Remainder is null
            ? LayoutResult.Complete(fragment)
            : LayoutResult.Partial(fragment, new BackgroundElement(result.Remainder, color));
    }

    public override float MeasureWidth(LayoutContext context, float maxWidth) => child.MeasureWidth(context, maxWidth);
}
