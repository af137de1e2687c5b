using Relief.Pdf.Text;

namespace Relief.Pdf.Layout;

internal static class TextLinePainter
{
    public static void Draw(DrawContext context, TextLine line, float x, float baseline, float gapWidth = 0)
    {
        foreach (ref readonly var run in line.Runs.AsSpan())
        {
            context.Text(run, x + run.X + (run.GapsBefore * gapWidth), baseline);
        }
    }
}
