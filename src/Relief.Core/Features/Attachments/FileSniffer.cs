using System.Text;

namespace Relief.Core.Features.Attachments;

/// <summary>Decides a file's type by its magic bytes. The name and the browser's declared type are never asked.</summary>
public static class FileSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> looks at.</summary>
    public const int HeadLength = 1024;

    public static SniffedType Sniff(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, HeadLength)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return SniffedType.Jpeg;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return SniffedType.Png;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return SniffedType.Webp;
        // A PDF may have a little junk before its header; readers accept the header within the first kilobyte.
        if (head.IndexOf("%PDF-"u8) is >= 0) return SniffedType.Pdf;
        if (IsProgram(head)) return SniffedType.Program;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return SniffedType.OfficeDocument;
        if (head.StartsWith("PK\u0003\u0004"u8)) return IsOfficeZip(content) ? SniffedType.OfficeDocument : SniffedType.Archive;
        if (head.StartsWith("Rar!"u8) || head.StartsWith((ReadOnlySpan<byte>)[0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) || head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return SniffedType.Archive;
        if (IsOtherImage(head)) return SniffedType.OtherImage;
        if (IsMarkup(head)) return SniffedType.Markup;
        return SniffedType.Unknown;
    }

    public static string MediaType(SniffedType type) => type switch
    {
        SniffedType.Jpeg => "image/jpeg",
        SniffedType.Png => "image/png",
        SniffedType.Webp => "image/webp",
        SniffedType.Pdf => "application/pdf",
        _ => "application/octet-stream",
    };

    private static bool IsProgram(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8)
        || head.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46])
        || head.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE])
        || head.StartsWith("#!"u8);

    private static bool IsOtherImage(ReadOnlySpan<byte> head) =>
        head.StartsWith("GIF8"u8) || head.StartsWith("BM"u8)
        || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)
        || (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && (head[8..12].SequenceEqual("heic"u8) || head[8..12].SequenceEqual("heix"u8) || head[8..12].SequenceEqual("mif1"u8) || head[8..12].SequenceEqual("avif"u8)));

    /// <summary>Text that starts, after white space and a byte-order mark, with a tag: SVG, HTML, XML and their cousins.</summary>
    private static bool IsMarkup(ReadOnlySpan<byte> head)
    {
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        var start = 0;
        while (start < text.Length && text[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        if (start < text.Length && text[start] == (byte)'<') return true;
        var lower = Encoding.ASCII.GetString(head).ToLowerInvariant();
        return lower.Contains("<svg", StringComparison.Ordinal) || lower.Contains("<script", StringComparison.Ordinal) || lower.Contains("<html", StringComparison.Ordinal);
    }

    /// <summary>Word, Excel and PowerPoint files are ZIP packages whose first entries name their parts.</summary>
    private static bool IsOfficeZip(ReadOnlySpan<byte> content)
    {
        var window = content[..Math.Min(content.Length, 64 * 1024)];
        return window.IndexOf("[Content_Types].xml"u8) >= 0 || window.IndexOf("word/"u8) >= 0 || window.IndexOf("xl/"u8) >= 0 || window.IndexOf("ppt/"u8) >= 0;
    }
}
