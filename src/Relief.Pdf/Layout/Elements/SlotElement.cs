namespace Relief.Pdf.Layout;

/// <summary>The place a <see cref="Container"/> fills later; empty until something is put in it.</summary>
internal sealed class SlotElement : Element
{
    public Element? Content { get; set; }

    public override LayoutResult Layout(LayoutContext context, LayoutSpace space) =>
        (Content ?? EmptyElement.Instance).Layout(context, space);

    public override float MeasureWidth(LayoutContext context, float maxWidth) =>
        (Content ?? EmptyElement.Instance).MeasureWidth(context, maxWidth);
}
