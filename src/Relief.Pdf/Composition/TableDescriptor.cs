using Relief.Pdf.Layout;

namespace Relief.Pdf;

/// <summary>
/// A table: define the columns, then add cells left to right; they wrap into rows by column count.
/// The header repeats on every page, rows never split, and the footer (for a total row) comes last.
/// </summary>
public sealed class TableDescriptor
{
    private readonly TableSectionDescriptor _body;

    internal TableDescriptor()
    {
        _body = new TableSectionDescriptor(Model, Model.BodyCells);
    }

    internal TableModel Model { get; } = new();

    public void ColumnsDefinition(Action<TableColumnsDescriptor> define) => define(new TableColumnsDescriptor(Model.Columns));

    public void Header(Action<TableSectionDescriptor> compose) => compose(new TableSectionDescriptor(Model, Model.HeaderCells));

    public void Footer(Action<TableSectionDescriptor> compose) => compose(new TableSectionDescriptor(Model, Model.FooterCells));

    public Container Cell(int columnSpan = 1) => _body.Cell(columnSpan);
}
