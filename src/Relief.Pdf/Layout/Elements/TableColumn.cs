namespace Relief.Pdf.Layout;

/// <summary>A table column: a constant width in points, or a relative share of the width left over.</summary>
internal sealed record TableColumn(bool IsConstant, float Size);
