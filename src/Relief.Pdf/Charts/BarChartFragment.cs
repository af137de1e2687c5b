using Relief.Pdf.Layout;
using Relief.Pdf.Text;
using SkiaSharp;

namespace Relief.Pdf.Charts;

internal sealed class BarChartFragment(BarChartModel model, ChartScale scale, BarChartTexts texts, float width, float height)
    : Fragment(width, height)
{
    private const float Gap = 4;
    private const float BarShare = 0.6f;
    private static readonly SKColor GridColor = new(0xD0, 0xD0, 0xD0);
    private static readonly SKColor AxisColor = new(0x55, 0x55, 0x55);

    public override void Draw(DrawContext context, float x, float y)
    {
        var top = y;
        if (texts.Title is not null)
        {
            foreach (var line in texts.Title)
            {
                TextLinePainter.Draw(context, line, x + ((Width - line.Width) / 2), top + line.Baseline);
                top += line.Height;
            }

            top += Gap;
        }

        if (model.Orientation == BarOrientation.Vertical)
        {
            DrawVertical(context, SKRect.Create(x, top, Width, y + Height - top));
        }
        else
        {
            DrawHorizontal(context, SKRect.Create(x, top, Width, y + Height - top));
        }
    }

    private void DrawVertical(DrawContext context, SKRect area)
    {
        var tickWidth = texts.Ticks.Max(tick => tick.Width);
        var labelHeight = texts.Labels.Length == 0 ? 0 : texts.Labels.Max(lines => lines.Sum(line => line.Height));
        var valueHeight = texts.Values.Length == 0 ? 0 : texts.Values[0].Height;
        var plot = new SKRect(area.Left + tickWidth + Gap, area.Top + valueHeight, area.Right, area.Bottom - labelHeight - Gap);

        for (var step = 0; step < texts.Ticks.Length; step++)
        {
            var lineY = plot.Bottom - (plot.Height * step / scale.StepCount);
            var tick = texts.Ticks[step];
            context.Line(plot.Left, lineY, plot.Right, lineY, step == 0 ? AxisColor : GridColor, 0.5f);
            TextLinePainter.Draw(context, tick, plot.Left - Gap - tick.Width, lineY - (tick.Height / 2) + tick.Baseline);
        }

        var slot = plot.Width / Math.Max(1, model.Bars.Count);
        for (var index = 0; index < model.Bars.Count; index++)
        {
            var barHeight = (float)(Math.Max(0, model.Bars[index].Value) / scale.Maximum) * plot.Height;
            var barLeft = plot.Left + (slot * index) + (slot * (1 - BarShare) / 2);
            context.FillRect(barLeft, plot.Bottom - barHeight, slot * BarShare, barHeight, model.BarColor);

            var value = texts.Values[index];
            var centre = plot.Left + (slot * index) + (slot / 2);
            TextLinePainter.Draw(context, value, centre - (value.Width / 2), plot.Bottom - barHeight - value.Height + value.Baseline);

            var labelTop = plot.Bottom + Gap;
            foreach (var line in texts.Labels[index])
            {
                TextLinePainter.Draw(context, line, centre - (line.Width / 2), labelTop + line.Baseline);
                labelTop += line.Height;
            }
        }
    }

    private void DrawHorizontal(DrawContext context, SKRect area)
    {
        var labelWidth = texts.Labels.Length == 0 ? 0 : texts.Labels.Max(lines => lines.Max(line => line.Width));
        var valueWidth = texts.Values.Length == 0 ? 0 : texts.Values.Max(value => value.Width);
        var tickHeight = texts.Ticks[0].Height;
        var plot = new SKRect(area.Left + labelWidth + Gap, area.Top, area.Right - valueWidth - Gap, area.Bottom - tickHeight - Gap);

        for (var step = 0; step < texts.Ticks.Length; step++)
        {
            var lineX = plot.Left + (plot.Width * step / scale.StepCount);
            var tick = texts.Ticks[step];
            context.Line(lineX, plot.Top, lineX, plot.Bottom, step == 0 ? AxisColor : GridColor, 0.5f);
            TextLinePainter.Draw(context, tick, lineX - (tick.Width / 2), plot.Bottom + Gap + tick.Baseline);
        }

        var slot = plot.Height / Math.Max(1, model.Bars.Count);
        for (var index = 0; index < model.Bars.Count; index++)
        {
            var barWidth = (float)(Math.Max(0, model.Bars[index].Value) / scale.Maximum) * plot.Width;
            var barTop = plot.Top + (slot * index) + (slot * (1 - BarShare) / 2);
            context.FillRect(plot.Left, barTop, barWidth, slot * BarShare, model.BarColor);

            var centre = plot.Top + (slot * index) + (slot / 2);
            var value = texts.Values[index];
            TextLinePainter.Draw(context, value, plot.Left + barWidth + Gap, centre - (value.Height / 2) + value.Baseline);

            var lines = texts.Labels[index];
            var labelTop = centre - (lines.Sum(line => line.Height) / 2);
            foreach (var line in lines)
            {
                TextLinePainter.Draw(context, line, plot.Left - Gap - line.Width, labelTop + line.Baseline);
                labelTop += line.Height;
            }
        }
    }
}
