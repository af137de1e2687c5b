namespace Relief.Pdf.Layout;

/// <summary>A table's cells grouped into rows once, shared by the table and its remainders on later pages.</summary>
internal sealed class TableRows(TableModel model)
{
    public TableModel Model { get; } = model;

    public List<IReadOnlyList<TableCellModel>> Header { get; } = model.GroupRows(model.HeaderCells);

    public List<IReadOnlyList<TableCellModel>> Body { get; } = model.GroupRows(model.BodyCells);

    public List<IReadOnlyList<TableCellModel>> Footer { get; } = model.GroupRows(model.FooterCells);
}
