using Relief.Pdf.Text;
using SkiaSharp;

namespace Relief.Pdf.Layout;

/// <summary>
/// The renderer seam: everything a laid-out fragment can draw on a page, in points with the origin at the
/// page's top-left corner and y growing downwards. A PDF backend implements it for one page at a time.
/// </summary>
internal abstract class DrawContext
{
    public abstract void FillRect(float x, float y, float width, float height, SKColor color);

    /// <summary>The outline of a rectangle, the line centred on its edges.</summary>
    public abstract void StrokeRect(float x, float y, float width, float height, SKColor color, float lineWidth);

    public abstract void Line(float x0, float y0, float x1, float y1, SKColor color, float lineWidth);

    public abstract void Image(ImageSource image, float x, float y, float width, float height);

    /// <summary>One run of text of one face, size and colour, starting at x on the given baseline.</summary>
    public abstract void Text(in LineRun run, float x, float baseline);
}
