namespace Relief.Pdf.Layout;

/// <summary>
/// An element around one child (padding, border, background, alignment...). The child is put in after the
/// decoration is created, while the document is composed, and never changes afterwards.
/// </summary>
internal abstract class DecoratorElement(Element? child) : Element, IElementTarget
{
    public Element Child { get; private set; } = child ?? EmptyElement.Instance;

    void IElementTarget.Put(int index, Element element) => Child = element;

    public override float MeasureWidth(LayoutContext context, float maxWidth) => Child.MeasureWidth(context, maxWidth);
}
