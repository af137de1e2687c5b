using Relief.Pdf.Text;

namespace Relief.Pdf.Layout;

/// <summary>The lines of a paragraph still to be placed after a page break.</summary>
internal sealed class TextLinesElement(TextLine[] lines, int firstLine, TextAlignment alignment) : Element
{
    public const float Tolerance = 0.01f;

    public override LayoutResult Layout(LayoutContext context, LayoutSpace space) =>
        Fit(lines, firstLine, space, alignment);

    public override float MeasureWidth(LayoutContext context, float maxWidth) => Math.Min(maxWidth, MaxWidth(lines, firstLine));

    public static LayoutResult Fit(TextLine[] lines, int firstLine, LayoutSpace space, TextAlignment alignment)
    {
        var height = 0f;
        var end = firstLine;
        while (end < lines.Length)
        {
            var lineHeight = lines[end].Height;
            if (height + lineHeight > space.Height + Tolerance && !(space.MustPlace && end == firstLine))
            {
                break;
            }

            height += lineHeight;
            end++;
        }

        if (end == firstLine)
        {
            return LayoutResult.Nothing;
        }

        var fragment = new TextFragment(new ArraySegment<TextLine>(lines, firstLine, end - firstLine), space.Width, height, alignment);
        return end == lines.Length
            ? LayoutResult.Complete(fragment)
            : LayoutResult.Partial(fragment, new TextLinesElement(lines, end, alignment));
    }

    public static float MaxWidth(TextLine[] lines, int firstLine)
    {
        var width = 0f;
        for (var index = firstLine; index < lines.Length; index++)
        {
            width = Math.Max(width, lines[index].Width);
        }

        return width;
    }
}
