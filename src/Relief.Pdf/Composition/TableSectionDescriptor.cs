using Relief.Pdf.Layout;

namespace Relief.Pdf;

/// <summary>The header or footer of a table: cells added left to right, wrapping by column count.</summary>
public sealed class TableSectionDescriptor
{
    private readonly List<TableCellModel> _cells;

    internal TableSectionDescriptor(List<TableCellModel> cells)
    {
        _cells = cells;
    }

    public Container Cell(int columnSpan = 1)
    {
        var cell = new Container();
        _cells.Add(new TableCellModel(cell.Slot, columnSpan));
        return cell;
    }
}
