using System.Globalization;
using Relief.Pdf.Layout;
using Relief.Pdf.Text;
using SkiaSharp;

namespace Relief.Pdf.Charts;

/// <summary>A bar chart of fixed height drawn as vectors; its labels are laid out like any other text.</summary>
internal sealed class BarChartElement(BarChartModel model) : Element
{
    private static readonly SKColor LabelColor = new(0x33, 0x33, 0x33);

    public override LayoutResult Layout(LayoutContext context, LayoutSpace space)
    {
        if (model.Height > space.Height && !space.MustPlace)
        {
            return LayoutResult.Nothing;
        }

        var scale = ChartScale.For(model.Bars.Count == 0 ? 0 : model.Bars.Max(bar => bar.Value));
        var labelStyle = new ResolvedTextStyle(model.FontSize, false, LabelColor, 1);
        var titleStyle = labelStyle with { Size = model.FontSize + 2, Bold = true, Color = SKColors.Black };
        var slotWidth = model.Orientation == BarOrientation.Vertical
            ? space.Width / Math.Max(1, model.Bars.Count)
            : space.Width * 0.3f;

        var texts = new BarChartTexts(
            Title: model.Title is null ? null : Lines(context, model.Title, titleStyle, space.Width),
            Labels: [.. model.Bars.Select(bar => Lines(context, bar.Label, labelStyle, slotWidth))],
            Values: [.. model.Bars.Select(bar => Lines(context, Format(bar.Value), labelStyle, float.PositiveInfinity)[0])],
            Ticks: [.. Enumerable.Range(0, scale.StepCount + 1)
                .Select(step => Lines(context, Format(step * scale.Step), labelStyle, float.PositiveInfinity)[0])]);
        return LayoutResult.Complete(new BarChartFragment(model, scale, texts, space.Width, model.Height));
    }

    private string Format(double value) => value.ToString(model.ValueFormat, CultureInfo.InvariantCulture);

    private static TextLine[] Lines(LayoutContext context, string text, ResolvedTextStyle style, float width) =>
        ParagraphLayouter.Layout(context.Fonts, [new StyledText(text, style)], width, 1, justify: false);
}
