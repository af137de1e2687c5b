using System.Globalization;

namespace Relief.Pdf.Writing;

/// <summary>PDF text strings and dates for the document information dictionary.</summary>
internal static class PdfText
{
    /// <summary>
    /// A text string: printable ASCII as a literal string, anything else (Chinese titles) as UTF-16BE with a
    /// byte order mark, in hex.
    /// </summary>
    public static PdfBuffer String(this PdfBuffer buffer, string text)
    {
        if (text.All(character => character is >= ' ' and <= '~'))
        {
            buffer.Byte((byte)'(');
            foreach (var character in text)
            {
                if (character is '(' or ')' or '\\')
                {
                    buffer.Byte((byte)'\\');
                }

                buffer.Byte((byte)character);
            }

            return buffer.Byte((byte)')');
        }

        buffer.Raw("<FEFF"u8);
        foreach (var character in text)
        {
            buffer.Hex4(character);
        }

        return buffer.Byte((byte)'>');
    }

    /// <summary>A date as <c>(D:YYYYMMDDHHmmSS+00'00')</c>, in UTC.</summary>
    public static PdfBuffer Date(this PdfBuffer buffer, DateTimeOffset date) =>
        buffer.Raw("(D:"u8).Ascii(date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)).Raw("+00'00')"u8);
}
