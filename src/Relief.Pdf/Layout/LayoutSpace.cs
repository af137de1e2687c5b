namespace Relief.Pdf.Layout;

/// <summary>
/// The room offered to an element. MustPlace is set at the top of a fresh page: the element must place at
/// least its first unbreakable part even if it overflows, or paging would never end.
/// </summary>
internal readonly record struct LayoutSpace(float Width, float Height, bool MustPlace)
{
    public LayoutSpace Shrink(float horizontal, float vertical) =>
        this with { Width = Math.Max(0, Width - horizontal), Height = Math.Max(0, Height - vertical) };
}
