namespace Relief.Pdf.Layout;

internal readonly record struct TableCellModel(Element Content, int ColumnSpan);
