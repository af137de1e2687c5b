namespace Relief.Pdf;

public static class PageSizes
{
    /// <summary>A4 portrait, 210 × 297 mm.</summary>
    public static PageSize A4 { get; } = new(Units.FromMillimetres(210), Units.FromMillimetres(297));

    /// <summary>A5 portrait, 148 × 210 mm.</summary>
    public static PageSize A5 { get; } = new(Units.FromMillimetres(148), Units.FromMillimetres(210));
}
