namespace Relief.Pdf.Layout;

/// <summary>Ends the page: it places nothing and leaves an empty remainder, so what follows starts a new page.</summary>
internal sealed class PageBreakElement : Element
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space) =>
        LayoutResult.Partial(EmptyFragment.Zero, EmptyElement.Instance);

    public override float MeasureWidth(LayoutContext context, float maxWidth) => 0;
}
