using SkiaSharp;

namespace Relief.Pdf;

internal static class ColorParser
{
    /// <summary>
    /// Parses <c>#RRGGBB</c> or <c>#AARRGGBB</c> (and Skia's short forms). Every bordered table cell parses its
    /// colour while the document is composed, so the common forms are read directly, without a lookup.
    /// </summary>
    public static SKColor Parse(string color)
    {
        if (color.Length is 7 or 9 && color[0] == '#' && TryHex(color.AsSpan(1), out var value))
        {
            return color.Length == 7 ? new SKColor(value | 0xFF000000) : new SKColor(value);
        }

        return SKColor.TryParse(color, out var parsed)
            ? parsed
            : throw new ArgumentException($"'{color}' is not a colour; use #RRGGBB or #AARRGGBB.", nameof(color));
    }

    private static bool TryHex(ReadOnlySpan<char> digits, out uint value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            var nibble = digit switch
            {
                >= '0' and <= '9' => digit - '0',
                >= 'a' and <= 'f' => digit - 'a' + 10,
                >= 'A' and <= 'F' => digit - 'A' + 10,
                _ => -1,
            };
            if (nibble < 0)
            {
                return false;
            }

            value = (value << 4) | (uint)nibble;
        }

        return true;
    }
}
