using Relief.Pdf.Layout;

namespace Relief.Pdf;

public sealed class TableColumnsDescriptor
{
    private readonly List<TableColumn> _columns;

    internal TableColumnsDescriptor(List<TableColumn> columns)
    {
        _columns = columns;
    }

    /// <summary>A column of a fixed width in points.</summary>
    public void ConstantColumn(float width) => _columns.Add(new TableColumn(IsConstant: true, width));

    /// <summary>A column taking a share, by weight, of the width the constant columns leave.</summary>
    public void RelativeColumn(float weight = 1) => _columns.Add(new TableColumn(IsConstant: false, weight));
}
