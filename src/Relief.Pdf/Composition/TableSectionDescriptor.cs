using Relief.Pdf.Layout;

namespace Relief.Pdf;

/// <summary>The header, body or footer of a table: cells added left to right, wrapping by column count.</summary>
public sealed class TableSectionDescriptor : IBoxHost
{
    private readonly TableModel _table;
    private readonly List<TableCellModel> _cells;

    internal TableSectionDescriptor(TableModel table, List<TableCellModel> cells)
    {
        _table = table;
        _cells = cells;
    }

    public Container Cell(int columnSpan = 1)
    {
        _cells.Add(new TableCellModel(EmptyElement.Instance, columnSpan));
        return new Container(this, _cells.Count - 1);
    }

    void IElementTarget.Put(int index, Element element) => _cells[index] = _cells[index] with { Content = element };

    /// <summary>A cell's border, background, padding and alignment live in the cell itself, not in an element of their own.</summary>
    bool IBoxHost.TryJoin(int index, in BoxStyle style)
    {
        var cell = _cells[index];
        if (!_table.TryJoin(cell.BoxStyle, style, out var joined))
        {
            return false;
        }

        _cells[index] = cell with { BoxStyle = joined };
        return true;
    }
}
