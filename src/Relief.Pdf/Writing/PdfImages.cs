using System.IO.Compression;
using Relief.Pdf.Layout;
using SkiaSharp;

namespace Relief.Pdf.Writing;

/// <summary>
/// Embeds images as PDF image objects: a baseline or progressive JPEG in grey or RGB goes in as it is
/// (DCTDecode); anything else (PNG, CMYK JPEG) is decoded to 8-bit RGB with a separate alpha mask
/// (SMask) when it has transparency, both Flate-compressed.
/// </summary>
internal static class PdfImages
{
    public static int Write(PdfFile file, ImageSource image)
    {
        var number = file.Reserve();
        var components = JpegComponents(image.Encoded);
        if (components is 1 or 3)
        {
            var dictionary = new PdfBuffer(160).Raw("/Type /XObject /Subtype /Image /Width "u8).Integer(image.PixelWidth)
                .Raw(" /Height "u8).Integer(image.PixelHeight)
                .Raw(components == 1 ? " /ColorSpace /DeviceGray"u8 : " /ColorSpace /DeviceRGB"u8)
                .Raw(" /BitsPerComponent 8 /Filter /DCTDecode"u8);
            WriteRaw(file, number, image.Encoded, dictionary);
            return number;
        }

        var (rgb, alpha) = Decode(image);
        var smask = 0;
        if (alpha is not null)
        {
            smask = file.Reserve();
            file.WriteStream(smask, alpha, CompressionLevel.Optimal, ImageDictionary(image, "/DeviceGray").Span);
        }

        var colour = ImageDictionary(image, "/DeviceRGB");
        if (smask != 0)
        {
            colour.Raw(" /SMask "u8).Integer(smask).Raw(" 0 R"u8);
        }

        file.WriteStream(number, rgb, CompressionLevel.Optimal, colour.Span);
        return number;
    }

    private static PdfBuffer ImageDictionary(ImageSource image, string colorSpace) =>
        new PdfBuffer(160).Raw("/Type /XObject /Subtype /Image /Width "u8).Integer(image.PixelWidth)
            .Raw(" /Height "u8).Integer(image.PixelHeight).Raw(" /ColorSpace "u8).Ascii(colorSpace)
            .Raw(" /BitsPerComponent 8"u8);

    private static void WriteRaw(PdfFile file, int number, byte[] encoded, PdfBuffer dictionary) =>
        file.WriteStream(number, encoded, CompressionLevel.NoCompression, dictionary.Span);

    /// <summary>Decodes to unpremultiplied RGBA and splits it into RGB bytes and, if any pixel is see-through, alpha bytes.</summary>
    private static (byte[] Rgb, byte[]? Alpha) Decode(ImageSource image)
    {
        var info = new SKImageInfo(image.PixelWidth, image.PixelHeight, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = SKBitmap.Decode(image.Encoded, info)
            ?? throw new ArgumentException("The image is not a PNG or JPEG that can be decoded.", nameof(image));
        var pixels = bitmap.GetPixelSpan();
        var count = image.PixelWidth * image.PixelHeight;
        var rgb = new byte[count * 3];
        var alpha = new byte[count];
        var opaque = true;
        for (var pixel = 0; pixel < count; pixel++)
        {
            rgb[pixel * 3] = pixels[pixel * 4];
            rgb[(pixel * 3) + 1] = pixels[(pixel * 4) + 1];
            rgb[(pixel * 3) + 2] = pixels[(pixel * 4) + 2];
            alpha[pixel] = pixels[(pixel * 4) + 3];
            opaque &= alpha[pixel] == 255;
        }

        return (rgb, opaque ? null : alpha);
    }

    /// <summary>The number of colour components of a JPEG (from its frame header), or 0 if it is not a JPEG.</summary>
    private static int JpegComponents(byte[] data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            return 0;
        }

        var position = 2;
        while (position + 9 < data.Length)
        {
            if (data[position] != 0xFF)
            {
                return 0;
            }

            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            var length = (data[position + 2] << 8) | data[position + 3];

            // Start of frame. Baseline, extended and progressive Huffman JPEGs of 8 bits go in as they are;
            // 12-bit, lossless and arithmetic-coded ones, which PDF readers may not decode, are decoded here.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return marker is 0xC0 or 0xC1 or 0xC2 && data[position + 4] == 8 ? data[position + 9] : 0;
            }

            position += 2 + length;
        }

        return 0;
    }
}
