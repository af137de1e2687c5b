namespace Relief.Pdf.Layout;

/// <summary>Children stacked top to bottom; the first child that does not fit, and those after it, go on.</summary>
internal sealed class ColumnElement(IReadOnlyList<Element> children, float spacing) : Element
{
    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        var placed = new List<PlacedFragment>();
        var top = 0f;
        for (var index = 0; index < children.Count; index++)
        {
            var gap = placed.Count == 0 ? 0 : spacing;
            var childSpace = new LayoutSpace(space.Width, Math.Max(0, space.Height - top - gap), space.MustPlace && placed.Count == 0);
            var result = children[index].Layout(context, childSpace);
            if (result.IsNothing)
            {
                return placed.Count == 0
                    ? LayoutResult.Nothing
                    : LayoutResult.Partial(Compose(placed, space.Width, top), Rest(index, children[index]));
            }

            top += gap;
            placed.Add(new PlacedFragment(result.Fragment!, 0, top));
            top += result.Fragment!.Height;
            if (result.Remainder is not null)
            {
                return LayoutResult.Partial(Compose(placed, space.Width, top), Rest(index, result.Remainder));
            }
        }

        return LayoutResult.Complete(Compose(placed, space.Width, top));
    }

    public override float MeasureWidth(LayoutContext context, float maxWidth) =>
        children.Count == 0 ? 0 : children.Max(child => child.MeasureWidth(context, maxWidth));

    private static CompositeFragment Compose(List<PlacedFragment> placed, float width, float height) =>
        new(placed, width, height);

    private ColumnElement Rest(int index, Element first)
    {
        var rest = new Element[children.Count - index];
        rest[0] = first;
        for (var source = index + 1; source < children.Count; source++)
        {
            rest[source - index] = children[source];
        }

        return new ColumnElement(rest, spacing);
    }
}
