using System.Runtime.InteropServices;

namespace Relief.Pdf.Layout;

/// <summary>
/// The cells of a table's header, body or footer grouped into rows once: the composed list of cells (spans
/// clamped in place, not copied) and the index where each row starts. Rows fill left to right; a cell that
/// would cross the row end starts the next row.
/// </summary>
internal sealed class TableSection
{
    private readonly List<TableCellModel> _cells;
    private readonly int[] _rowStarts;

    public TableSection(List<TableCellModel> cells, int columnCount)
    {
        if (columnCount == 0 && cells.Count > 0)
        {
            throw new InvalidOperationException("Define the table columns (ColumnsDefinition) before adding cells.");
        }

        _cells = cells;
        var span = CollectionsMarshal.AsSpan(cells);
        var starts = new List<int> { 0 };
        var used = 0;
        for (var index = 0; index < span.Length; index++)
        {
            var columns = Math.Clamp(span[index].ColumnSpan, 1, Math.Max(1, columnCount));
            if (used + columns > columnCount)
            {
                starts.Add(index);
                used = 0;
            }

            span[index] = span[index] with { ColumnSpan = columns };
            used += columns;
        }

        if (span.Length > 0)
        {
            starts.Add(span.Length);
        }

        _rowStarts = [.. starts];
    }

    public int RowCount => _rowStarts.Length - 1;

    public ReadOnlySpan<TableCellModel> Row(int index) =>
        CollectionsMarshal.AsSpan(_cells)[_rowStarts[index].._rowStarts[index + 1]];
}
