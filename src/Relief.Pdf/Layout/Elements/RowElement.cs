namespace Relief.Pdf.Layout;

/// <summary>Items side by side, all as tall as the tallest; items that overflow continue on the next page.</summary>
internal sealed class RowElement(IReadOnlyList<RowItem> items, float spacing) : Element
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        var widths = ItemWidths(context, space.Width);
        var fragments = new Fragment[items.Count];
        var remainders = new Element?[items.Count];
        var height = 0f;
        var anyRemainder = false;
        for (var index = 0; index < items.Count; index++)
        {
            var result = items[index].Content.Layout(context, space with { Width = widths[index] });
            if (result.IsNothing)
            {
                return LayoutResult.Nothing;
            }

            fragments[index] = result.Fragment!;
            remainders[index] = result.Remainder;
            anyRemainder |= result.Remainder is not null;
            height = Math.Max(height, result.Fragment!.Height);
        }

        var placed = new List<PlacedFragment>(items.Count);
        var left = 0f;
        for (var index = 0; index < items.Count; index++)
        {
            placed.Add(new PlacedFragment(fragments[index].StretchTo(height), left, 0));
            left += widths[index] + spacing;
        }

        var fragment = new CompositeFragment(placed, space.Width, height);
        if (!anyRemainder)
        {
            return LayoutResult.Complete(fragment);
        }

        var rest = items
            .Select((item, index) => item with { Content = remainders[index] ?? EmptyElement.Instance })
            .ToList();
        return LayoutResult.Partial(fragment, new RowElement(rest, spacing));
    }

    public override float MeasureWidth(LayoutContext context, float maxWidth)
    {
        var widths = ItemWidths(context, maxWidth);
        var hasRelative = items.Any(item => item.Kind == RowItemKind.Relative);
        return hasRelative ? maxWidth : widths.Sum() + (spacing * Math.Max(0, items.Count - 1));
    }

    private float[] ItemWidths(LayoutContext context, float totalWidth)
    {
        var widths = new float[items.Count];
        var left = totalWidth - (spacing * Math.Max(0, items.Count - 1));
        for (var index = 0; index < items.Count; index++)
        {
            if (items[index].Kind == RowItemKind.Constant)
            {
                widths[index] = items[index].Size;
                left -= widths[index];
            }
        }

        for (var index = 0; index < items.Count; index++)
        {
            if (items[index].Kind == RowItemKind.Auto)
            {
                widths[index] = items[index].Content.MeasureWidth(context, Math.Max(0, left));
                left -= widths[index];
            }
        }

        var totalWeight = items.Where(item => item.Kind == RowItemKind.Relative).Sum(item => item.Size);
        for (var index = 0; index < items.Count; index++)
        {
            if (items[index].Kind == RowItemKind.Relative)
            {
                widths[index] = Math.Max(0, left) * items[index].Size / totalWeight;
            }
        }

        return widths;
    }
}
