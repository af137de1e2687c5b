namespace Relief.Pdf.Layout;

/// <summary>A table cell: its content, the columns it spans, and its own box (border, background, padding, alignment).</summary>
internal readonly record struct TableCellModel(Element Content, int ColumnSpan, BoxStyle Box = default);
