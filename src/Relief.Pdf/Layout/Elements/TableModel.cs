namespace Relief.Pdf.Layout;

/// <summary>A table as composed: its columns and its header, body and footer cells in the order they were added.</summary>
internal sealed class TableModel
{
    public List<TableColumn> Columns { get; } = [];

    public List<TableCellModel> HeaderCells { get; } = [];

    public List<TableCellModel> BodyCells { get; } = [];

    public List<TableCellModel> FooterCells { get; } = [];

    public float[] ColumnWidths(float totalWidth)
    {
        var constant = 0f;
        var totalWeight = 0f;
        foreach (var column in Columns)
        {
            if (column.IsConstant)
            {
                constant += column.Size;
            }
            else
            {
                totalWeight += column.Size;
            }
        }

        var left = Math.Max(0, totalWidth - constant);
        var widths = new float[Columns.Count];
        for (var index = 0; index < widths.Length; index++)
        {
            widths[index] = Columns[index].IsConstant ? Columns[index].Size : left * Columns[index].Size / totalWeight;
        }

        return widths;
    }
}
