using SkiaSharp;

namespace Relief.Pdf.Text;

internal readonly record struct ResolvedTextStyle(float Size, bool Bold, SKColor Color, float LineSpacing);
