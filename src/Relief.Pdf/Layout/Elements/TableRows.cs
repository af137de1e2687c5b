namespace Relief.Pdf.Layout;

/// <summary>A table's sections grouped into rows once, shared by the table and its remainders on later pages.</summary>
internal sealed class TableRows(TableModel model)
{
    public TableModel Model { get; } = model;

    public TableSection Header { get; } = new(model.HeaderCells, model.Columns.Count);

    public TableSection Body { get; } = new(model.BodyCells, model.Columns.Count);

    public TableSection Footer { get; } = new(model.FooterCells, model.Columns.Count);
}
