namespace Relief.Pdf.Layout;

/// <summary>Keeps its content on one page: if it would split, all of it moves to the next page.</summary>
internal sealed class ShowEntireElement(Element? child = null) : DecoratorElement(child)
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        var result = Child.Layout(context, space);
        return result.Remainder is not null && !space.MustPlace ? LayoutResult.Nothing : result;
    }
}
