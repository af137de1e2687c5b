namespace Relief.Pdf.Layout;

/// <summary>
/// A piece of the document before layout. Layout places as much as fits in the given space and returns the
/// placed part as a fragment and what is left as a new element, so elements themselves never change.
/// </summary>
internal abstract class Element
{
    public abstract LayoutResult Layout(LayoutContext context, LayoutSpace space);

    /// <summary>The width the element would like, at most <paramref name="maxWidth"/> (for auto columns and alignment).</summary>
    public virtual float MeasureWidth(LayoutContext context, float maxWidth) => maxWidth;
}
