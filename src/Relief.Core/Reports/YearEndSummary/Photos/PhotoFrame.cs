using SkiaSharp;

namespace Relief.Core.Reports.YearEndSummary.Photos;

/// <summary>
/// Fits a stored photo, whole, into the summary's 4:3 frame on white (a portrait photo gets white sides rather than
/// losing its top and bottom), at print resolution: 1,200 × 900 px is 150 dpi at the page's 80 mm.
/// </summary>
internal static class PhotoFrame
{
    private const int Quality = 85;

    public static byte[]? Fit(Stream stored)
    {
        using var source = SKBitmap.Decode(stored);
        if (source is null || source.Width <= 0 || source.Height <= 0) return null;
        var info = new SKImageInfo(PrintedPhoto.PixelWidth, PrintedPhoto.PixelHeight, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var scale = Math.Min((float)info.Width / source.Width, (float)info.Height / source.Height);
        var width = source.Width * scale;
        var height = source.Height * scale;
        var target = SKRect.Create((info.Width - width) / 2, (info.Height - height) / 2, width, height);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, target, new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var framed = surface.Snapshot();
        using var jpeg = framed.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return jpeg.ToArray();
    }
}
