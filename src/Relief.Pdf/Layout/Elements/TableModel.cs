namespace Relief.Pdf.Layout;

/// <summary>A table's columns and its header, body and footer cells, grouped into rows by column count.</summary>
internal sealed class TableModel
{
    public List<TableColumn> Columns { get; } = [];

    public List<TableCellModel> HeaderCells { get; } = [];

    public List<TableCellModel> BodyCells { get; } = [];

    public List<TableCellModel> FooterCells { get; } = [];

    public float[] ColumnWidths(float totalWidth)
    {
        var constant = Columns.Where(column => column.IsConstant).Sum(column => column.Size);
        var totalWeight = Columns.Where(column => !column.IsConstant).Sum(column => column.Size);
        var left = Math.Max(0, totalWidth - constant);
        return [.. Columns.Select(column => column.IsConstant ? column.Size : left * column.Size / totalWeight)];
    }

    /// <summary>Fills rows left to right; a cell that would cross the row end starts the next row.</summary>
    public List<IReadOnlyList<TableCellModel>> GroupRows(IReadOnlyList<TableCellModel> cells)
    {
        if (Columns.Count == 0 && cells.Count > 0)
        {
            throw new InvalidOperationException("Define the table columns (ColumnsDefinition) before adding cells.");
        }

        var rows = new List<IReadOnlyList<TableCellModel>>();
        var current = new List<TableCellModel>();
        var used = 0;
        foreach (var cell in cells)
        {
            var span = Math.Clamp(cell.ColumnSpan, 1, Columns.Count);
            if (used + span > Columns.Count)
            {
                rows.Add(current);
                current = [];
                used = 0;
            }

            current.Add(cell with { ColumnSpan = span });
            used += span;
        }

        if (current.Count > 0)
        {
            rows.Add(current);
        }

        return rows;
    }
}
