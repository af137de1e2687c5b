namespace Relief.Pdf.Layout;

internal sealed record TableCellModel(Element Content, int ColumnSpan);
