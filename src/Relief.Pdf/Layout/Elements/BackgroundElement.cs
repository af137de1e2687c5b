using SkiaSharp;

namespace Relief.Pdf.Layout;

internal sealed class BackgroundElement(SKColor color, Element? child = null) : DecoratorElement(child)
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        var result = Child.Layout(context, space);
        if (result.IsNothing)
        {
            return result;
        }

        var fragment = new BackgroundFragment(result.Fragment!, color, space.Width);
        return result.Remainder is null
            ? LayoutResult.Complete(fragment)
            : LayoutResult.Partial(fragment, new BackgroundElement(color, result.Remainder));
    }
}
