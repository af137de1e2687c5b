using Relief.Pdf.Text;

namespace Relief.Pdf.Layout;

/// <summary>Consecutive lines of one paragraph, aligned within the fragment width.</summary>
internal sealed class TextFragment(ArraySegment<TextLine> lines, float width, float height, TextAlignment alignment)
    : Fragment(width, height)
{
    public override void Draw(DrawContext context, float x, float y)
    {
        var top = y;
        foreach (var line in lines)
        {
            var free = Math.Max(0, Width - line.Width);
            var (offset, gapWidth) = alignment switch
            {
                TextAlignment.Center => (free / 2, 0f),
                TextAlignment.Right => (free, 0f),
                TextAlignment.Justify when !line.EndsParagraph && line.GapCount > 0 => (0f, free / line.GapCount),
                _ => (0f, 0f),
            };
            TextLinePainter.Draw(context, line, x + offset, top + line.Baseline, gapWidth);
            top += line.Height;
        }
    }
}
