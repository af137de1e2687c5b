using Relief.Pdf.Text;

namespace Relief.Pdf.Layout;

/// <summary>A paragraph of one run on one line, aligned within the fragment width (a table cell's text).</summary>
internal sealed class SingleLineFragment(LineRun run, float baseline, float width, float height, TextAlignment alignment)
    : Fragment(width, height)
{
    public override void Draw(DrawContext context, float x, float y)
    {
        var free = Math.Max(0, Width - run.Width);
        var offset = alignment switch
        {
            TextAlignment.Center => free / 2,
            TextAlignment.Right => free,
            _ => 0f,
        };
        context.Text(run, x + offset, y + baseline);
    }
}
