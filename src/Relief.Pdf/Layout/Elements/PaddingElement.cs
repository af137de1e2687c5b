namespace Relief.Pdf.Layout;

internal sealed class PaddingElement(Element child, Thickness padding) : Element
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        if (space.Height < padding.Vertical && !space.MustPlace)
        {
            return LayoutResult.Nothing;
        }

        var result = child.Layout(context, space.Shrink(padding.Horizontal, padding.Vertical));
        if (result.IsNothing)
        {
            return result;
        }

        var fragment = new PaddingFragment(result.Fragment!, padding, space.Width);
        return result.Remainder is null
            ? LayoutResult.Complete(fragment)
            : LayoutResult.Partial(fragment, new PaddingElement(result.Remainder, padding));
    }

    public override float MeasureWidth(LayoutContext context, float maxWidth) =>
        child.MeasureWidth(context, Math.Max(0, maxWidth - padding.Horizontal)) + padding.Horizontal;
}
