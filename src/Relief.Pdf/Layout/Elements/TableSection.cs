namespace Relief.Pdf.Layout;

/// <summary>
/// The cells of a table's header, body or footer grouped into rows once: one array of cells and the index
/// where each row starts. Rows fill left to right; a cell that would cross the row end starts the next row.
/// </summary>
internal sealed class TableSection
{
    private readonly TableCellModel[] _cells;
    private readonly int[] _rowStarts;

    public TableSection(List<TableCellModel> cells, int columnCount)
    {
        if (columnCount == 0 && cells.Count > 0)
        {
            throw new InvalidOperationException("Define the table columns (ColumnsDefinition) before adding cells.");
        }

        _cells = new TableCellModel[cells.Count];
        var starts = new List<int> { 0 };
        var used = 0;
        for (var index = 0; index < cells.Count; index++)
        {
            var span = Math.Clamp(cells[index].ColumnSpan, 1, Math.Max(1, columnCount));
            if (used + span > columnCount)
            {
                starts.Add(index);
                used = 0;
            }

            _cells[index] = cells[index] with { ColumnSpan = span };
            used += span;
        }

        if (cells.Count > 0)
        {
            starts.Add(cells.Count);
        }

        _rowStarts = [.. starts];
    }

    public int RowCount => _rowStarts.Length - 1;

    public ReadOnlySpan<TableCellModel> Row(int index) =>
        _cells.AsSpan(_rowStarts[index], _rowStarts[index + 1] - _rowStarts[index]);
}
