using Relief.Pdf.Layout;

namespace Relief.Pdf;

public sealed class RowDescriptor : IElementTarget
{
    internal RowDescriptor()
    {
    }

    internal List<RowItem> Items { get; } = [];

    internal float ItemSpacing { get; private set; }

    /// <summary>Horizontal space between items, in points.</summary>
    public RowDescriptor Spacing(float points)
    {
        ItemSpacing = points;
        return this;
    }

    /// <summary>An item of a fixed width in points.</summary>
    public Container ConstantItem(float width) => Add(RowItemKind.Constant, width);

    /// <summary>An item taking a share, by weight, of the width the other items leave.</summary>
    public Container RelativeItem(float weight = 1) => Add(RowItemKind.Relative, weight);

    /// <summary>An item as wide as its content wants.</summary>
    public Container AutoItem() => Add(RowItemKind.Auto, 0);

    void IElementTarget.Put(int index, Element element) => Items[index] = Items[index] with { Content = element };

    private Container Add(RowItemKind kind, float size)
    {
        Items.Add(new RowItem(kind, size, EmptyElement.Instance));
        return new Container(this, Items.Count - 1);
    }
}
