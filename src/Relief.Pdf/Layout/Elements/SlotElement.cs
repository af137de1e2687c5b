namespace Relief.Pdf.Layout;

/// <summary>A page's header, content or footer; empty until its container is filled.</summary>
internal sealed class SlotElement : Element, IElementTarget
{
    public Element Content { get; private set; } = EmptyElement.Instance;

    void IElementTarget.Put(int index, Element element) => Content = element;

    public override LayoutResult Layout(LayoutContext context, LayoutSpace space) => Content.Layout(context, space);

    public override float MeasureWidth(LayoutContext context, float maxWidth) => Content.MeasureWidth(context, maxWidth);
}
