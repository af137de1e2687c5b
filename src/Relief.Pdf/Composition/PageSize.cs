namespace Relief.Pdf;

/// <summary>A page size in points (1/72 inch).</summary>
public readonly record struct PageSize(float Width, float Height)
{
    public PageSize Landscape() => Width >= Height ? this : new PageSize(Height, Width);

    public PageSize Portrait() => Width <= Height ? this : new PageSize(Height, Width);
}
