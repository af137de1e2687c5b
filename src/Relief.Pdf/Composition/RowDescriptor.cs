using Relief.Pdf.Layout;

namespace Relief.Pdf;

public sealed class RowDescriptor
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

    private Container Add(RowItemKind kind, float size)
    {
        var item = new Container();
        Items.Add(new RowItem(kind, size, item.Slot));
        return item;
    }
}
