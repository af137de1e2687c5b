namespace Relief.Pdf;

public sealed class ColumnDescriptor
{
    internal ColumnDescriptor()
    {
    }

    internal List<Container> Items { get; } = [];

    internal float ItemSpacing { get; private set; }

    /// <summary>Vertical space between items, in points.</summary>
    public ColumnDescriptor Spacing(float points)
    {
        ItemSpacing = points;
        return this;
    }

    public Container Item()
    {
        var item = new Container();
        Items.Add(item);
        return item;
    }
}
