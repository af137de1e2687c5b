using Relief.Pdf.Charts;

namespace Relief.Pdf;

public sealed class BarChartDescriptor
{
    internal BarChartDescriptor()
    {
    }

    internal BarChartModel Model { get; } = new();

    public BarChartDescriptor Title(string title)
    {
        Model.Title = title;
        return this;
    }

    public BarChartDescriptor Orientation(BarOrientation orientation)
    {
        Model.Orientation = orientation;
        return this;
    }

    public BarChartDescriptor Bar(string label, double value)
    {
        Model.Bars.Add((label, value));
        return this;
    }

    /// <summary>.NET numeric format for value and axis labels, e.g. "N0" or "N2". Negative values draw as zero.</summary>
    public BarChartDescriptor ValueFormat(string format)
    {
        Model.ValueFormat = format;
        return this;
    }

    /// <summary>Total height in points, title included (180 by default).</summary>
    public BarChartDescriptor Height(float points)
    {
        Model.Height = points;
        return this;
    }

    public BarChartDescriptor FontSize(float points)
    {
        Model.FontSize = points;
        return this;
    }

    public BarChartDescriptor BarColor(string color)
    {
        Model.BarColor = ColorParser.Parse(color);
        return this;
    }
}
