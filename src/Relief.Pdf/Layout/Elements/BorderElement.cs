using SkiaSharp;

namespace Relief.Pdf.Layout;

/// <summary>Lines along the box edges; they take no space, so pair them with padding.</summary>
internal sealed class BorderElement(Thickness sides, SKColor color, Element? child = null) : DecoratorElement(child)
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        var result = Child.Layout(context, space);
        if (result.IsNothing)
        {
            return result;
        }

        var fragment = new BorderFragment(result.Fragment!, sides, color, space.Width);
        return result.Remainder is null
            ? LayoutResult.Complete(fragment)
            : LayoutResult.Partial(fragment, new BorderElement(sides, color, result.Remainder));
    }
}
