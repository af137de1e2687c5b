namespace Relief.Pdf.Layout;

/// <summary>Keeps its content on one page: if it would split, all of it moves to the next page.</summary>
internal sealed class ShowEntireElement(Element child) : Element
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        var result = child.Layout(context, space);
        return result.Remainder is not null && !space.MustPlace ? LayoutResult.Nothing : result;
    }

    public override float MeasureWidth(LayoutContext context, float maxWidth) => child.MeasureWidth(context, maxWidth);
}
