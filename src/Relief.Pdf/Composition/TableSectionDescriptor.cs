using Relief.Pdf.Layout;

namespace Relief.Pdf;

/// <summary>The header, body or footer of a table: cells added left to right, wrapping by column count.</summary>
public sealed class TableSectionDescriptor : IElementTarget
{
    private readonly List<TableCellModel> _cells;

    internal TableSectionDescriptor(List<TableCellModel> cells)
    {
        _cells = cells;
    }

    public Container Cell(int columnSpan = 1)
    {
        _cells.Add(new TableCellModel(EmptyElement.Instance, columnSpan));
        return new Container(this, _cells.Count - 1);
    }

    void IElementTarget.Put(int index, Element element) => _cells[index] = _cells[index] with { Content = element };
}
