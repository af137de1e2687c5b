using System.Globalization;

namespace Relief.Pdf.Writing;

/// <summary>
/// A growable byte buffer with the few formatting operations PDF syntax needs, written for speed: a table
/// page writes thousands of numbers, and general-purpose formatting (strings, cultures) was the cost.
/// </summary>
internal sealed class PdfBuffer(int capacity = 4096)
{
    private static readonly byte[] HexDigits = "0123456789ABCDEF"u8.ToArray();

    private byte[] _bytes = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public PdfBuffer Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Take(bytes.Length));
        return this;
    }

    public PdfBuffer Byte(byte value)
    {
        if (Length == _bytes.Length)
        {
            Grow(1);
        }

        _bytes[Length++] = value;
        return this;
    }

    /// <summary>Text that is known to be ASCII (names, operators, numbers already formatted).</summary>
    public PdfBuffer Ascii(string text)
    {
        var target = Take(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            target[index] = (byte)text[index];
        }

        return this;
    }

    public PdfBuffer Integer(long value)
    {
        EnsureFree(20);
        value.TryFormat(_bytes.AsSpan(Length), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>A coordinate or size, to a hundredth of a point (0.0035 mm), without trailing zeros.</summary>
    public PdfBuffer Number(float value) => Scaled((long)MathF.Round(value * 100), 2);

    /// <summary>A value given in hundredths (positions tracked as integers so relative moves never drift).</summary>
    public PdfBuffer Hundredths(long value) => Scaled(value, 2);

    /// <summary><paramref name="value"/> ÷ 10^<paramref name="decimals"/>, written without trailing zeros.</summary>
    public PdfBuffer Scaled(long value, int decimals)
    {
        if (value < 0)
        {
            Byte((byte)'-');
            value = -value;
        }

        var divisor = decimals switch { 2 => 100L, 3 => 1000L, 4 => 10000L, _ => (long)Math.Pow(10, decimals) };
        var whole = value / divisor;
        var fraction = value % divisor;
        Integer(whole);
        if (fraction != 0)
        {
            Byte((byte)'.');
            while (fraction != 0)
            {
                divisor /= 10;
                Byte((byte)('0' + (fraction / divisor)));
                fraction %= divisor;
            }
        }

        return this;
    }

    /// <summary>Four upper-case hex digits: one two-byte glyph code in a hex string.</summary>
    public PdfBuffer Hex4(int value)
    {
        var target = Take(4);
        target[0] = HexDigits[(value >> 12) & 0xF];
        target[1] = HexDigits[(value >> 8) & 0xF];
        target[2] = HexDigits[(value >> 4) & 0xF];
        target[3] = HexDigits[value & 0xF];
        return this;
    }

    public PdfBuffer Hex2(int value)
    {
        var target = Take(2);
        target[0] = HexDigits[(value >> 4) & 0xF];
        target[1] = HexDigits[value & 0xF];
        return this;
    }

    private Span<byte> Take(int count)
    {
        EnsureFree(count);
        var span = _bytes.AsSpan(Length, count);
        Length += count;
        return span;
    }

    private void EnsureFree(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Grow(count);
        }
    }

    private void Grow(int count) => Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
}
