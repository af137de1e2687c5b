using System.Collections.Concurrent;
using SkiaSharp;

namespace Relief.Pdf.FontHandling;

/// <summary>
/// One loaded font file: its bytes (kept for subsetting), a full typeface for measuring, and cached advances.
/// Shared by all documents and threads, so measurement goes through a lock and a concurrent cache.
/// </summary>
internal sealed class FontFace
{
    // Skia measures at this size; with linear metrics and no hinting advances scale exactly.
    private const float MeasureSize = 1000f;
    private const float NotCovered = -1f;

    private readonly SKFont _measureFont;
    private readonly Lock _measureLock = new();
    private readonly ConcurrentDictionary<int, float> _advancePerEm = new();

    public FontFace(string name, byte[] data)
    {
        Name = name;
        Data = data;
        using var skData = SKData.CreateCopy(data);
        Typeface = SKTypeface.FromData(skData)
            ?? throw new InvalidOperationException($"Font '{name}' could not be read.");
        _measureFont = FontSettings.CreateFont(Typeface, MeasureSize);
        var metrics = _measureFont.Metrics;
        AscentPerEm = -metrics.Ascent / MeasureSize;
        DescentPerEm = metrics.Descent / MeasureSize;
    }

    public string Name { get; }

    public byte[] Data { get; }

    public SKTypeface Typeface { get; }

    /// <summary>Distance from baseline to the top of the line box, per point of font size.</summary>
    public float AscentPerEm { get; }

    /// <summary>Distance from baseline to the bottom of the line box, per point of font size.</summary>
    public float DescentPerEm { get; }

    /// <summary>Advance of <paramref name="codePoint"/> per point of font size, or false if the font lacks it.</summary>
    public bool TryGetAdvance(int codePoint, out float advancePerEm)
    {
        if (!_advancePerEm.TryGetValue(codePoint, out advancePerEm))
        {
            advancePerEm = MeasureUncached(codePoint);
            _advancePerEm.TryAdd(codePoint, advancePerEm);
        }

        return advancePerEm != NotCovered;
    }

    private float MeasureUncached(int codePoint)
    {
        lock (_measureLock)
        {
            var glyph = _measureFont.GetGlyph(codePoint);
            if (glyph == 0)
            {
                return NotCovered;
            }

            ReadOnlySpan<ushort> glyphs = [glyph];
            return _measureFont.MeasureText(glyphs) / MeasureSize;
        }
    }
}
