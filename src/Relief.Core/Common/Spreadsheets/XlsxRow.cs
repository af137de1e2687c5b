namespace Relief.Core.Common.Spreadsheets;

/// <summary>
/// One row of a sheet as read: its number (1 for the first row) and its non-empty cells by column (0 for A), each a
/// string, a double (a number cell) or a bool. Only the cells present are kept, so a row that names column XFD
/// costs one entry, not 16,384.
/// </summary>
public sealed class XlsxRow(int number, IReadOnlyList<(int Column, object Value)> cells)
{
    public int Number { get; } = number;

    public IReadOnlyList<(int Column, object Value)> Cells { get; } = cells;

    public object? this[int column]
    {
        get
        {
            foreach (var cell in Cells)
                if (cell.Column == column) return cell.Value;
            return null;
        }
    }
}
