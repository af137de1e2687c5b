namespace Relief.Core.Common.Spreadsheets;

public enum XlsxCellKind
{
    Empty = 0,
    Text,
    Number,
    Money,
    Date,
}
