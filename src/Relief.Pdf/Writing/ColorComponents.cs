using System.Globalization;

namespace Relief.Pdf.Writing;

/// <summary>A colour channel 0–255 as a PDF number 0–1 to four decimals, formatted once for all 256 values.</summary>
internal static class ColorComponents
{
    private static readonly byte[][] Formatted = [.. Enumerable.Range(0, 256).Select(Format)];

    public static ReadOnlySpan<byte> Get(byte channel) => Formatted[channel];

    private static byte[] Format(int channel)
    {
        var text = Math.Round(channel / 255.0, 4).ToString("0.####", CultureInfo.InvariantCulture);
        return System.Text.Encoding.ASCII.GetBytes(text);
    }
}
