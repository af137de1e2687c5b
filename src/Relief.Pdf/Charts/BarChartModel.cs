using SkiaSharp;

namespace Relief.Pdf.Charts;

internal sealed class BarChartModel
{
    public string? Title { get; set; }

    public BarOrientation Orientation { get; set; } = BarOrientation.Vertical;

    public List<(string Label, double Value)> Bars { get; } = [];

    public string ValueFormat { get; set; } = "N0";

    public float Height { get; set; } = 180;

    public float FontSize { get; set; } = 8.5f;

    public SKColor BarColor { get; set; } = new(0x2B, 0x57, 0x9A);
}
