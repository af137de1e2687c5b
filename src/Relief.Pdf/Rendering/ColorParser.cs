using System.Collections.Concurrent;
using SkiaSharp;

namespace Relief.Pdf;

internal static class ColorParser
{
    // Styles repeat the same few colours in every table cell; parsing each time showed up in composition time.
    private static readonly ConcurrentDictionary<string, SKColor> Parsed = new(StringComparer.OrdinalIgnoreCase);

    public static SKColor Parse(string color) => Parsed.GetOrAdd(color, static value =>
        SKColor.TryParse(value, out var parsed)
            ? parsed
            : throw new ArgumentException($"'{value}' is not a colour; use #RRGGBB or #AARRGGBB.", nameof(color)));
}
