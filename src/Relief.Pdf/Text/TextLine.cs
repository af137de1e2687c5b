namespace Relief.Pdf.Text;

/// <summary>
/// One laid-out line. All runs share one baseline at Ascent below the line top plus half the extra spacing,
/// so Chinese and Latin text of any size in the line sit on the same baseline.
/// </summary>
internal sealed record TextLine(
    LineRun[] Runs,
    float Width,
    float Ascent,
    float Descent,
    float Height,
    int GapCount,
    bool EndsParagraph)
{
    public float Baseline => Ascent + ((Height - Ascent - Descent) / 2);
}
