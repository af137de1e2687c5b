namespace Relief.Pdf.Layout;

internal sealed class EmptyElement : Element
{
    public static EmptyElement Instance { get; } = new();

    public override LayoutResult Layout(LayoutContext context, LayoutSpace space) =>
        LayoutResult.Complete(EmptyFragment.Zero);

    public override float MeasureWidth(LayoutContext context, float maxWidth) => 0;
}
