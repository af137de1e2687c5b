using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Relief.Core.Tests.Attachments;

/// <summary>
/// Files the attachment tests upload, made here byte by byte: a phone photo with EXIF orientation and a GPS position, a PNG
/// whose header claims 60,000 × 60,000, a program renamed to .jpg, an SVG with a script, a zip, and a PDF (whole and cut).
/// </summary>
public static class SampleFiles
{
    public const int PhotoWidth = 400;
    public const int PhotoHeight = 200;

    /// <summary>"N 28°27'" as the GPS latitude is written: the bytes a leak would show.</summary>
    public static readonly byte[] GpsMarker = Encoding.ASCII.GetBytes("GPS-TEST-MARKER");

    /// <summary>
    /// A 400 × 200 JPEG whose left half is red and right half blue, stored sideways with EXIF orientation 6 (turn 90°
    /// clockwise to view, as phones write a portrait photo) and a GPS position. Upright it is 200 × 400, red on top.
    /// </summary>
    public static byte[] SidewaysPhotoWithGps() => SidewaysPhotoWithGps(PhotoWidth, PhotoHeight);

    /// <summary>As <see cref="SidewaysPhotoWithGps()"/>, stored <paramref name="width"/> × <paramref name="height"/> (upright it is height × width).</summary>
    public static byte[] SidewaysPhotoWithGps(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.DrawRect(0, 0, width / 2f, height, new SKPaint { Color = SKColors.Red });
            canvas.DrawRect(width / 2f, 0, width / 2f, height, new SKPaint { Color = SKColors.Blue });
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = data.ToArray();
        var exif = ExifSegment(orientation: 6);
        // After the SOI marker (FF D8), where cameras put APP1.
        return [.. jpeg[..2], .. exif, .. jpeg[2..]];
    }

    /// <summary>A plain photo of the given size and colour, for uploads whose content does not matter.</summary>
    public static byte[] Photo(int width, int height, SKColor color, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>APP1 "Exif": IFD0 with Orientation and a GPS IFD pointer; the GPS IFD with latitude ref, latitude and a processing-method text.</summary>
    private static byte[] ExifSegment(ushort orientation)
    {
        var tiff = new List<byte>();
        void U16(ushort v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, v); tiff.AddRange(b); }
        void U32(uint v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32BigEndian(b, v); tiff.AddRange(b); }
        void Entry(ushort tag, ushort type, uint count, uint value) { U16(tag); U16(type); U32(count); U32(value); }

        tiff.AddRange("MM"u8.ToArray());
        U16(42);
        U32(8);
        // IFD0 at 8: two entries (2 + 2×12 + 4 = 30 bytes) → GPS IFD at 38.
        const uint gpsIfd = 8 + 2 + 2 * 12 + 4;
        U16(2);
        Entry(0x0112, 3, 1, (uint)orientation << 16);
        Entry(0x8825, 4, 1, gpsIfd);
        U32(0);
        // GPS IFD: three entries (2 + 3×12 + 4 = 42) → its data at 80.
        const uint gpsData = gpsIfd + 2 + 3 * 12 + 4;
        U16(3);
        Entry(0x0001, 2, 2, 'N' << 24);
        Entry(0x0002, 5, 3, gpsData);
        Entry(0x001B, 7, (uint)GpsMarker.Length, gpsData + 24);
        U32(0);
        foreach (var (numerator, denominator) in new[] { (28u, 1u), (27u, 1u), (0u, 1u) })
        {
            U32(numerator);
            U32(denominator);
        }
        tiff.AddRange(GpsMarker);

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    /// <summary>A valid PNG header (correct CRCs) claiming 60,000 × 60,000 RGBA pixels, with a few bytes of image data.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = new List<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        png.AddRange(Chunk("IHDR", header));
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(new byte[1024]);
            png.AddRange(Chunk("IDAT", compressed.ToArray()));
        }
        png.AddRange(Chunk("IEND", []));
        return [.. png];
    }

    /// <summary>The start of a Windows program (DOS stub and PE header), as found in any .exe.</summary>
    public static byte[] Program()
    {
        var exe = new byte[512];
        "MZ"u8.CopyTo(exe);
        BinaryPrimitives.WriteInt32LittleEndian(exe.AsSpan(0x3C), 0x80);
        "This program cannot be run in DOS mode."u8.CopyTo(exe.AsSpan(0x4E));
        "PE\0\0"u8.CopyTo(exe.AsSpan(0x80));
        return exe;
    }

    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes(
        """<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>""");

    public static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("证明材料.txt").Open();
            entry.Write("低保证复印件"u8);
        }
        return buffer.ToArray();
    }

    /// <summary>A one-page PDF written by hand with a correct cross-reference table.</summary>
    public static byte[] Pdf(string text = "Relief test")
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var content = $"BT /F1 24 Tf 72 720 Td ({text}) Tj ET";
        objects[3] = $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>The first half of <see cref="Pdf"/>: what a dropped download or a broken scanner leaves.</summary>
    public static byte[] TruncatedPdf()
    {
        var whole = Pdf();
        return whole[..(whole.Length / 2)];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFFu;
    }
}
