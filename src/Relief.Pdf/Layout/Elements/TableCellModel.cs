namespace Relief.Pdf.Layout;

/// <summary>
/// A table cell: its content, the columns it spans, and its own box (border, background, padding, alignment)
/// as an index into the table's <see cref="TableModel.BoxStyles"/> (0: no box), since most cells share one.
/// </summary>
internal readonly record struct TableCellModel(Element Content, int ColumnSpan, int BoxStyle = 0);
