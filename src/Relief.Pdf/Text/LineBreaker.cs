namespace Relief.Pdf.Text;

/// <summary>
/// Greedy line breaking over code points with known advances. Spaces at a line end hang past the edge;
/// a unit wider than the line (a long Latin word, a run of only punctuation) is broken where it overflows,
/// never inside a surrogate pair (code points, not UTF-16 units, are broken) or before a combining mark, and every line takes at least one character.
/// </summary>
internal static class LineBreaker
{
    public static List<LineRange> Break(ReadOnlySpan<int> codePoints, ReadOnlySpan<float> advances, float maxWidth)
    {
        var lines = new List<LineRange>();
        var lineStart = 0;
        var width = 0f;
        var lastBreak = -1;
        var index = 0;
        while (index < codePoints.Length)
        {
            var codePoint = codePoints[index];
            if (LineBreakRules.IsNewLine(codePoint))
            {
                lines.Add(MakeLine(codePoints, lineStart, index, index + 1, endsParagraph: true));
                lineStart = index + 1;
                width = 0;
                lastBreak = -1;
                index++;
                continue;
            }

            if (index > lineStart && LineBreakRules.CanBreakBetween(codePoints[index - 1], codePoint))
            {
                lastBreak = index;
            }

            // Spaces hang past the edge and marks stay with their letter, so neither can overflow a line.
            var canOverflow = !LineBreakRules.IsWhiteSpace(codePoint) && !LineBreakRules.IsAttachedToPrevious(codePoint);
            if (canOverflow && index > lineStart && width + advances[index] > maxWidth)
            {
                var end = lastBreak > lineStart ? lastBreak : index;
                lines.Add(MakeLine(codePoints, lineStart, end, end, endsParagraph: false));
                lineStart = end;
                width = 0;
                lastBreak = -1;
                index = end;
                continue;
            }

            width += advances[index];
            index++;
        }

        if (lineStart < codePoints.Length || lines.Count == 0 || LineBreakRules.IsNewLine(codePoints[^1]))
        {
            lines.Add(MakeLine(codePoints, lineStart, codePoints.Length, codePoints.Length, endsParagraph: true));
        }

        return lines;
    }

    private static LineRange MakeLine(ReadOnlySpan<int> codePoints, int start, int end, int next, bool endsParagraph)
    {
        var visibleEnd = end;
        while (visibleEnd > start && LineBreakRules.IsWhiteSpace(codePoints[visibleEnd - 1]))
        {
            visibleEnd--;
        }

        return new LineRange(start, visibleEnd, next, endsParagraph);
    }
}
