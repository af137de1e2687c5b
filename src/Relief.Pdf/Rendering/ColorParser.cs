using SkiaSharp;

namespace Relief.Pdf;

internal static class ColorParser
{
    public static SKColor Parse(string color) =>
        SKColor.TryParse(color, out var parsed)
            ? parsed
            : throw new ArgumentException($"'{color}' is not a colour; use #RRGGBB or #AARRGGBB.", nameof(color));
}
