namespace Relief.Pdf.Layout;

/// <summary>A table as composed: its columns and its header, body and footer cells in the order they were added.</summary>
internal sealed class TableModel
{
    public List<TableColumn> Columns { get; } = [];

    public List<TableCellModel> HeaderCells { get; } = [];

    public List<TableCellModel> BodyCells { get; } = [];

    public List<TableCellModel> FooterCells { get; } = [];

    /// <summary>The distinct boxes of the table's cells; 0 is the empty box.</summary>
    public List<BoxStyle> BoxStyles { get; } = [default];

    private readonly Dictionary<BoxStyle, int> _boxStyleIndex = new() { [default] = 0 };

    /// <summary>The index of a cell box style, added if it is new.</summary>
    public int BoxStyleIndex(in BoxStyle style)
    {
        // Cells are mostly added in runs of the same style.
        var last = BoxStyles.Count - 1;
        if (BoxStyles[last] == style)
        {
            return last;
        }

        if (!_boxStyleIndex.TryGetValue(style, out var index))
        {
            index = BoxStyles.Count;
            BoxStyles.Add(style);
            _boxStyleIndex.Add(style, index);
        }

        return index;
    }

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
