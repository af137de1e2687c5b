namespace Relief.Pdf.Layout;

/// <summary>
/// A table from row <c>firstRow</c> on. Rows are never split: a row that does not fit moves whole to the next
/// page, where the header is repeated. The footer (a total row) follows the last row.
/// </summary>
internal sealed class TableElement : Element
{
    private readonly TableRows _rows;
    private readonly int _firstRow;

    public TableElement(TableModel model)
        : this(new TableRows(model), 0)
    {
    }

    private TableElement(TableRows rows, int firstRow)
    {
        _rows = rows;
        _firstRow = firstRow;
    }

    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        var widths = _rows.Model.ColumnWidths(space.Width);
        var placed = new List<PlacedFragment>();
        var top = 0f;
        for (var header = 0; header < _rows.Header.RowCount; header++)
        {
            top = Place(placed, LayoutRow(context, _rows.Header.Row(header), _rows.Model.BoxStyles, widths, space.Width), top);
        }

        var next = _firstRow;
        while (next < _rows.Body.RowCount)
        {
            var row = LayoutRow(context, _rows.Body.Row(next), _rows.Model.BoxStyles, widths, space.Width);
            if (top + row.Height > space.Height + Tolerance && !(space.MustPlace && next == _firstRow))
            {
                break;
            }

            top = Place(placed, row, top);
            next++;
        }

        var placedBodyRow = next > _firstRow;
        if (next < _rows.Body.RowCount)
        {
            return placedBodyRow
                ? LayoutResult.Partial(new CompositeFragment(placed, space.Width, top), new TableElement(_rows, next))
                : LayoutResult.Nothing;
        }

        var footerTop = top;
        var footerPlaced = new List<PlacedFragment>();
        for (var footer = 0; footer < _rows.Footer.RowCount; footer++)
        {
            footerTop = Place(footerPlaced, LayoutRow(context, _rows.Footer.Row(footer), _rows.Model.BoxStyles, widths, space.Width), footerTop);
        }

        if (footerTop > space.Height + Tolerance && !(space.MustPlace && !placedBodyRow))
        {
            // The footer moves to the next page, under a repeated header, after the rows placed here.
            return placedBodyRow
                ? LayoutResult.Partial(new CompositeFragment(placed, space.Width, top), new TableElement(_rows, next))
                : LayoutResult.Nothing;
        }

        placed.AddRange(footerPlaced);
        return LayoutResult.Complete(new CompositeFragment(placed, space.Width, footerTop));
    }

    private const float Tolerance = 0.01f;

    private static float Place(List<PlacedFragment> placed, Fragment row, float top)
    {
        placed.Add(new PlacedFragment(row, 0, top));
        return top + row.Height;
    }

    /// <summary>Lays out every cell at full height, then stretches each to the tallest so borders line up.</summary>
    private static CompositeFragment LayoutRow(
        LayoutContext context, ReadOnlySpan<TableCellModel> cells, List<BoxStyle> boxStyles, float[] widths, float rowWidth)
    {
        var placed = new PlacedFragment[cells.Length];
        var height = 0f;
        var column = 0;
        var left = 0f;
        for (var index = 0; index < cells.Length; index++)
        {
            var width = 0f;
            for (var spanned = 0; spanned < cells[index].ColumnSpan; spanned++)
            {
                width += widths[column++];
            }

            var space = new LayoutSpace(width, float.PositiveInfinity, MustPlace: true);
            var cell = cells[index];
            var result = cell.BoxStyle == 0
                ? cell.Content.Layout(context, space)
                : BoxElement.Layout(context, space, boxStyles[cell.BoxStyle], cell.Content);
            var fragment = result.Fragment ?? EmptyFragment.Zero;
            placed[index] = new PlacedFragment(fragment, left, 0);
            left += width;
            height = Math.Max(height, fragment.Height);
        }

        for (var index = 0; index < placed.Length; index++)
        {
            placed[index] = placed[index] with { Fragment = placed[index].Fragment.StretchTo(height) };
        }

        return new CompositeFragment(placed, rowWidth, height);
    }
}
