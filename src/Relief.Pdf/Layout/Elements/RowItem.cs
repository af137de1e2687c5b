namespace Relief.Pdf.Layout;

internal enum RowItemKind
{
    Constant,
    Relative,
    Auto,
}

/// <summary>One item of a row: a fixed width in points, a share of what is left, or its own natural width.</summary>
internal readonly record struct RowItem(RowItemKind Kind, float Size, Element Content);
