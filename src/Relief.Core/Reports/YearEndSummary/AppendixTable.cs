using Relief.Core.Reports.Printing;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// One appendix table of the summary as data, for the Word and Excel exports: a cell is text, a count (int) or money
/// (decimal) or a change against the previous campaign (<see cref="Change"/>), so a spreadsheet gets numbers as
/// numbers; null stands for "nothing to compare" (—).
/// </summary>
public sealed record AppendixTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>A signed change: +80,000.00 of money, +12 of a count.</summary>
    public sealed record Change(decimal Value, bool IsMoney);

    public static string Text(object? cell, ReportFormat format) => cell switch
    {
        null => "—",
        Change { IsMoney: true } change => format.MoneyChange(change.Value, 0m),
        Change change => format.Change(change.Value, 0m),
        decimal money => format.Money(money),
        int count => format.Count(count),
        _ => cell.ToString() ?? "",
    };

    /// <summary>The cell as a spreadsheet takes it: numbers as numbers, a change as its signed number, nothing as an empty cell.</summary>
    public static object? Value(object? cell) => cell is Change change ? change.Value : cell;
}
