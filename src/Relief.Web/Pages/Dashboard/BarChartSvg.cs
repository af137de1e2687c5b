using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Relief.Web.Pages.Dashboard;

/// <summary>
/// Writes a <see cref="BarChart"/> as inline SVG. No viewBox: the SVG is as wide as its column and its text stays at
/// its CSS size (15 px labels) on a phone and on a desktop alike; bar widths are percentages of that width.
/// </summary>
public static class BarChartSvg
{
    public static IHtmlContent Render(BarChart chart)
    {
        var html = HtmlEncoder.Default;
        var titleId = chart.Id + "-title";
        var descId = chart.Id + "-desc";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"bar-chart\" id=\"{html.Encode(chart.Id)}\" width=\"100%\" height=\"{chart.Height}\" role=\"img\" aria-labelledby=\"{titleId} {descId}\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{html.Encode(chart.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{descId}\">{html.Encode(chart.Description)}</desc>");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var top = i * chart.RowHeight;
            var barTop = top + BarChart.LabelHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"0\" y=\"{top + 16}\">{html.Encode(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-track\" x=\"0\" y=\"{barTop}\" width=\"100%\" height=\"{BarChart.BarHeight}\" rx=\"2\"></rect>");
            var start = 0m;
            foreach (var segment in bar.Segments)
            {
                if (segment.Value > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect class=\"{segment.CssClass}\" x=\"{chart.Percent(start)}\" y=\"{barTop}\" width=\"{chart.Percent(segment.Value)}\" height=\"{BarChart.BarHeight}\"></rect>");
                }
                start += segment.Value;
            }
            var textY = barTop + BarChart.BarHeight - 6;
            if (bar.ValueText is { } value)
            {
                if (chart.ValueInside(bar))
                    svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-value inside\" x=\"{chart.Percent(bar.Total)}\" dx=\"-6\" y=\"{textY}\" text-anchor=\"end\">{html.Encode(value)}</text>");
                else
                    svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-value\" x=\"{chart.Percent(bar.Total)}\" dx=\"6\" y=\"{textY}\">{html.Encode(value)}</text>");
            }
            for (var line = 0; line < bar.Caption.Count; line++)
            {
                var y = barTop + BarChart.BarHeight + 17 + line * BarChart.CaptionLineHeight;
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-caption\" x=\"0\" y=\"{y}\">{html.Encode(bar.Caption[line])}</text>");
            }
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
