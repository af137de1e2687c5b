namespace Relief.Pdf.Layout;

/// <summary>Several fragments at fixed offsets: the placed part of a column, row or table.</summary>
internal sealed class CompositeFragment(IReadOnlyList<PlacedFragment> children, float width, float height)
    : Fragment(width, height)
{
    public override void Draw(DrawContext context, float x, float y)
    {
        foreach (var child in children)
        {
            child.Fragment.Draw(context, x + child.X, y + child.Y);
        }
    }
}
