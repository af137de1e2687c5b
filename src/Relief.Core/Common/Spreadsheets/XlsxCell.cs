namespace Relief.Core.Common.Spreadsheets;

/// <summary>One cell to write: text, a number, an amount of money or a date. A null value leaves the cell empty.</summary>
public readonly record struct XlsxCell(XlsxCellKind Kind, string? Text, decimal Number, DateOnly Date)
{
    public static XlsxCell Empty => default;

    public static XlsxCell Of(string? text) => new(XlsxCellKind.Text, text, 0, default);

    public static XlsxCell Of(int? number) => number is { } n ? new(XlsxCellKind.Number, null, n, default) : Empty;

    public static XlsxCell Of(decimal? number) => number is { } n ? new(XlsxCellKind.Number, null, n, default) : Empty;

    public static XlsxCell Yuan(decimal? amount) => amount is { } n ? new(XlsxCellKind.Money, null, n, default) : Empty;

    public static XlsxCell Of(DateOnly? date) => date is { } d ? new(XlsxCellKind.Date, null, 0, d) : Empty;

    public static implicit operator XlsxCell(string? text) => Of(text);
}
