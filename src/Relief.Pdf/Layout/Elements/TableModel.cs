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

    // Every cell of a column is usually decorated the same way (Border, then Padding, then AlignRight), so
    // the joins made recently are remembered: from which style, with what, to which style (-1: refused).
    private readonly (int From, BoxStyle Added, int Result)[] _recentJoins = new (int, BoxStyle, int)[16];
    private int _recentCount;
    private int _nextRecent;

    /// <summary>
    /// Adds <paramref name="added"/> to the cell box style at index <paramref name="from"/> if it belongs inside it,
    /// giving the index of the joined style.
    /// </summary>
    public bool TryJoin(int from, in BoxStyle added, out int joined)
    {
        var recent = _recentJoins.AsSpan(0, _recentCount);
        foreach (ref readonly var join in recent)
        {
            if (join.From == from && join.Added == added)
            {
                joined = join.Result;
                return joined >= 0;
            }
        }

        var box = BoxStyles[from];
        joined = box.Accepts(added) ? Intern(box.Join(added)) : -1;
        _recentJoins[_nextRecent] = (from, added, joined);
        _nextRecent = (_nextRecent + 1) % _recentJoins.Length;
        _recentCount = Math.Min(_recentCount + 1, _recentJoins.Length);
        return joined >= 0;
    }

    private int Intern(in BoxStyle style)
    {
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
