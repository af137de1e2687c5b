using Relief.Pdf.Layout;

namespace Relief.Pdf;

public sealed class ColumnDescriptor : IElementTarget
{
    internal ColumnDescriptor()
    {
    }

    internal List<Element> Items { get; } = [];

    internal float ItemSpacing { get; private set; }

    /// <summary>Vertical space between items, in points.</summary>
    public ColumnDescriptor Spacing(float points)
    {
        ItemSpacing = points;
        return this;
    }

    public Container Item()
    {
        Items.Add(EmptyElement.Instance);
        return new Container(this, Items.Count - 1);
    }

    void IElementTarget.Put(int index, Element element) => Items[index] = element;
}
