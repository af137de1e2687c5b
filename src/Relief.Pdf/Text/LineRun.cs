using SkiaSharp;

namespace Relief.Pdf.Text;

/// <summary>
/// Characters of one line drawn with one font, size and colour, starting X points from the line start.
/// GapsBefore counts the justification gaps to its left, so justified lines shift it by that many gap widths.
/// </summary>
internal readonly record struct LineRun(string Text, int FaceIndex, float Size, SKColor Color, float X, float Width, int GapsBefore);
