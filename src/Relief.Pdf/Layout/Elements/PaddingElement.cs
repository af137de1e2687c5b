namespace Relief.Pdf.Layout;

internal sealed class PaddingElement(Thickness padding, Element? child = null) : DecoratorElement(child)
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        if (space.Height < padding.Vertical && !space.MustPlace)
        {
            return LayoutResult.Nothing;
        }

        var result = Child.Layout(context, space.Shrink(padding.Horizontal, padding.Vertical));
        if (result.IsNothing)
        {
            return result;
        }

        var fragment = new PaddingFragment(result.Fragment!, padding, space.Width);
        return result.Remainder is null
            ? LayoutResult.Complete(fragment)
            : LayoutResult.Partial(fragment, new PaddingElement(padding, result.Remainder));
    }

    public override float MeasureWidth(LayoutContext context, float maxWidth) =>
        Child.MeasureWidth(context, Math.Max(0, maxWidth - padding.Horizontal)) + padding.Horizontal;
}
