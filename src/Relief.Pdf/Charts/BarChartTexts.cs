using Relief.Pdf.Text;

namespace Relief.Pdf.Charts;

/// <summary>The chart's text, laid out before drawing so its characters are part of the font subset.</summary>
internal sealed record BarChartTexts(TextLine[]? Title, TextLine[][] Labels, TextLine[] Values, TextLine[] Ticks);
