using Relief.Pdf.Text;
using SkiaSharp;

namespace Relief.Pdf.Layout;

internal static class TextLinePainter
{
    public static void Draw(DrawContext context, TextLine line, float x, float baseline, float gapWidth = 0)
    {
        foreach (var run in line.Runs)
        {
            var font = context.Fonts.DrawFont(run.FaceIndex, run.Size);
            context.Canvas.DrawText(run.Text, x + run.X + (run.GapsBefore * gapWidth), baseline, SKTextAlign.Left, font, context.Fill(run.Color));
        }
    }
}
