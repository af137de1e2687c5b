namespace Relief.Pdf.Layout;

/// <summary>Makes a finished child at least a given height (signature boxes, blank rows to fill in by hand).</summary>
internal sealed class MinHeightElement(Element child, float minHeight) : Element
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        if (minHeight > space.Height && !space.MustPlace)
        {
            return LayoutResult.Nothing;
        }

        var result = child.Layout(context, space);
        return result is { Fragment: not null, Remainder: null }
            ? LayoutResult.Complete(result.Fragment.StretchTo(minHeight))
            : result;
    }

    public override float MeasureWidth(LayoutContext context, float maxWidth) => child.MeasureWidth(context, maxWidth);
}
