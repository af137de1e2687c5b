namespace Relief.Pdf.Text;

/// <summary>
/// A paragraph that is one run on one line (most table cells), measured without building lines: its run,
/// and the line's ascent, descent and height as in <see cref="TextLine"/>.
/// </summary>
internal readonly record struct SingleLine(LineRun Run, float Ascent, float Descent, float Height)
{
    public float Width => Run.Width;

    public float Baseline => Ascent + ((Height - Ascent - Descent) / 2);

    public TextLine ToTextLine() => new([Run], Run.Width, Ascent, Descent, Height, GapCount: 0, EndsParagraph: true);
}
