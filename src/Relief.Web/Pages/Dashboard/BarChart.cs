namespace Relief.Web.Pages.Dashboard;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: one row per bar, the label on its own line above the bar
/// (so long unit names never collide with the figures), the figures at the bar's end or in a caption below it.
/// </summary>
/// <param name="Id">Unique on the page: the SVG's title and description are referenced by it.</param>
/// <param name="Title">The chart's accessible name.</param>
/// <param name="Description">Every bar's figures in words, for readers who cannot see the bars.</param>
/// <param name="Max">The value of a full-width bar (100 for percentages; the largest bar otherwise).</param>
public sealed record BarChart(string Id, string Title, string Description, decimal Max, IReadOnlyList<Bar> Bars, IReadOnlyList<LegendEntry> Legend)
{
    public const int LabelHeight = 22;
    public const int BarHeight = 22;
    public const int CaptionLineHeight = 20;
    public const int RowGap = 12;

    /// <summary>Caption lines under each bar (the most any bar has), so every row is as tall as the others.</summary>
    public int CaptionLines => Bars.Count == 0 ? 0 : Bars.Max(b => b.Caption.Count);

    public int RowHeight => LabelHeight + BarHeight + CaptionLines * CaptionLineHeight + (CaptionLines > 0 ? 4 : 0) + RowGap;

    public int Height => Math.Max(1, Bars.Count) * RowHeight;

    /// <summary>A share of the full width, as an SVG percentage (invariant culture, never more than 100).</summary>
    public string Percent(decimal value) =>
        (Max <= 0 ? 0m : Math.Clamp(Math.Round(100m * value / Max, 2), 0m, 100m)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>Figures fit inside a bar that fills at least half the width; beside it otherwise.</summary>
    public bool ValueInside(Bar bar) => Max > 0 && bar.Total / Max >= 0.5m;
}

/// <param name="Segments">Stacked parts, drawn left to right; one part for a plain bar.</param>
/// <param name="ValueText">Printed at the bar's end (plain bars).</param>
/// <param name="Caption">Lines printed under the bar (stacked bars, where the parts need words); short enough for a phone each.</param>
public sealed record Bar(string Label, IReadOnlyList<BarSegment> Segments, string? ValueText, IReadOnlyList<string> Caption)
{
    public decimal Total => Segments.Sum(s => s.Value);

    public static Bar Plain(string label, decimal value, string valueText) => new(label, [new BarSegment(value, "bar-fill")], valueText, []);
}

/// <param name="CssClass">The fill, from site.css (bar-fill, bar-spent, bar-committed).</param>
public sealed record BarSegment(decimal Value, string CssClass);

public sealed record LegendEntry(string Label, string CssClass);
