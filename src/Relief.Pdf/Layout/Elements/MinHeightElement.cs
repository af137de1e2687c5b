namespace Relief.Pdf.Layout;

/// <summary>Makes a finished child at least a given height (signature boxes, blank rows to fill in by hand).</summary>
internal sealed class MinHeightElement(float minHeight, Element? child = null) : DecoratorElement(child)
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        if (minHeight > space.Height && !space.MustPlace)
        {
            return LayoutResult.Nothing;
        }

        var result = Child.Layout(context, space);
        return result is { Fragment: not null, Remainder: null }
            ? LayoutResult.Complete(result.Fragment.StretchTo(minHeight))
            : result;
    }
}
