using System.Text;
using Relief.Pdf.FontHandling;

namespace Relief.Pdf.Text;

/// <summary>
/// Turns styled spans into lines: resolves each character's font (recording it for subsetting), measures it,
/// breaks lines by <see cref="LineBreaker"/>, then groups characters into drawable runs.
/// </summary>
internal static class ParagraphLayouter
{
    public static TextLine[] Layout(
        DocumentFonts fonts, IReadOnlyList<StyledText> spans, float maxWidth, float lineSpacing, bool justify)
    {
        if (spans.Count == 1 && TrySingleLine(fonts, spans[0], maxWidth, lineSpacing, out var line))
        {
            return [line.ToTextLine()];
        }

        var characters = Flatten(fonts, spans);
        var ranges = LineBreaker.Break(characters.CodePoints.AsSpan(), characters.Advances.AsSpan(), maxWidth);
        var lines = new TextLine[ranges.Count];
        for (var index = 0; index < ranges.Count; index++)
        {
            lines[index] = BuildLine(fonts, spans, characters, ranges[index], lineSpacing, justify);
        }

        return lines;
    }

    /// <summary>
    /// The common case in tables: one style, one font, no newline, and it fits. Such text becomes one run
    /// holding the original string, without the per-character arrays of the general path.
    /// </summary>
    public static bool TrySingleLine(DocumentFonts fonts, StyledText span, float maxWidth, float lineSpacing, out SingleLine line)
    {
        line = default;
        var (text, style) = span;
        if (text.Length == 0)
        {
            return false;
        }

        var width = 0f;
        var faceIndex = -1;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value < 0x20 || (rune.Value >= 0x7F && rune.Value < 0xA0))
            {
                return false;
            }

            var glyph = fonts.Resolve(rune.Value, style.Bold);
            if (glyph.CodePoint != rune.Value || (faceIndex >= 0 && glyph.FaceIndex != faceIndex))
            {
                return false;
            }

            faceIndex = glyph.FaceIndex;
            width += glyph.AdvancePerEm * style.Size;
            if (width > maxWidth)
            {
                return false;
            }
        }

        if (LineBreakRules.IsWhiteSpace(text[^1]) || LineBreakRules.IsWhiteSpace(text[0]))
        {
            return false; // leave trimming and hanging spaces to the general path
        }

        var face = fonts.Face(faceIndex);
        var ascent = face.AscentPerEm * style.Size;
        var descent = face.DescentPerEm * style.Size;
        line = new SingleLine(new LineRun(text, faceIndex, style.Size, style.Color, 0, width, 0), ascent, descent, (ascent + descent) * lineSpacing);
        return true;
    }

    private static ShapedCharacters Flatten(DocumentFonts fonts, IReadOnlyList<StyledText> spans)
    {
        var capacity = spans.Sum(span => span.Text.Length);
        var characters = new ShapedCharacters(capacity);
        for (var spanIndex = 0; spanIndex < spans.Count; spanIndex++)
        {
            var (text, style) = spans[spanIndex];
            foreach (var rune in text.EnumerateRunes())
            {
                var codePoint = rune.Value switch
                {
                    '\t' => ' ',
                    '\r' => -1,
                    '\n' => '\n',
                    < 0x20 or (>= 0x7F and < 0xA0) => -1, // control characters have no glyph to draw
                    _ => rune.Value,
                };
                if (codePoint == '\n')
                {
                    characters.Add('\n', spanIndex, FontSet.RegularIndex, 0);
                }
                else if (codePoint >= 0)
                {
                    var glyph = fonts.Resolve(codePoint, style.Bold);
                    characters.Add(glyph.CodePoint, spanIndex, glyph.FaceIndex, glyph.AdvancePerEm * style.Size);
                }
            }
        }

        characters.Trim();
        return characters;
    }

    private static TextLine BuildLine(
        DocumentFonts fonts, IReadOnlyList<StyledText> spans, ShapedCharacters characters,
        LineRange range, float lineSpacing, bool justify)
    {
        var runs = new List<LineRun>();
        var builder = new StringBuilder();
        var ascent = 0f;
        var descent = 0f;
        var x = 0f;
        var runX = 0f;
        var gaps = 0;
        var runStart = range.Start;
        for (var index = range.Start; index < range.End; index++)
        {
            var splitsHere = index > runStart &&
                (characters.SpanIndex[index] != characters.SpanIndex[runStart] ||
                 characters.FaceIndex[index] != characters.FaceIndex[runStart]);
            var isGap = justify && index > range.Start &&
                LineBreakRules.CanBreakBetween(characters.CodePoints[index - 1], characters.CodePoints[index]);
            if (splitsHere || (isGap && index > runStart))
            {
                runs.Add(MakeRun(spans, characters, runStart, builder, runX, x - runX, gaps));
                builder.Clear();
                runStart = index;
                runX = x;
            }

            if (isGap)
            {
                gaps++;
            }

            AppendCodePoint(builder, characters.CodePoints[index]);
            var face = fonts.Face(characters.FaceIndex[index]);
            var size = spans[characters.SpanIndex[index]].Style.Size;
            ascent = Math.Max(ascent, face.AscentPerEm * size);
            descent = Math.Max(descent, face.DescentPerEm * size);
            x += characters.Advances[index];
        }

        if (builder.Length > 0)
        {
            runs.Add(MakeRun(spans, characters, runStart, builder, runX, x - runX, gaps));
        }

        if (runs.Count == 0)
        {
            // An empty line still takes the height of the style it is in.
            var spanIndex = characters.Count == 0 ? 0 : characters.SpanIndex[Math.Min(range.Start, characters.Count - 1)];
            var size = spans.Count == 0 ? 10.5f : spans[spanIndex].Style.Size;
            var regular = fonts.Face(FontSet.RegularIndex);
            ascent = regular.AscentPerEm * size;
            descent = regular.DescentPerEm * size;
        }

        return new TextLine([.. runs], x, ascent, descent, (ascent + descent) * lineSpacing, gaps, range.EndsParagraph);
    }

    private static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            builder.Append((char)codePoint);
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
    }

    private static LineRun MakeRun(
        IReadOnlyList<StyledText> spans, ShapedCharacters characters, int runStart, StringBuilder text,
        float x, float width, int gapsBefore)
    {
        var style = spans[characters.SpanIndex[runStart]].Style;
        return new LineRun(text.ToString(), characters.FaceIndex[runStart], style.Size, style.Color, x, width, gapsBefore);
    }
}
