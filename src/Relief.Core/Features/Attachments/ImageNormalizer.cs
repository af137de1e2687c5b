using SkiaSharp;

namespace Relief.Core.Features.Attachments;

/// <summary>
/// Decodes a JPEG, PNG or WebP and writes it anew: upright (the EXIF orientation applied), at most
/// <see cref="AttachmentLimits.LongestSide"/> on its longest side, with nothing of the original's metadata (EXIF, GPS
/// position, comments) since only pixels are carried over. The header's size is checked before any pixel is decoded.
/// </summary>
public static class ImageNormalizer
{
    private static readonly SKSamplingOptions Smooth = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public static IntakeResult Normalize(byte[] upload, SniffedType type, long maxPixels)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null) return IntakeResult.Refused(IntakeProblem.DamagedImage);
        // Reading the header only: a 60,000 × 60,000 claim is refused here, before a byte of pixels exists.
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0) return IntakeResult.Refused(IntakeProblem.DamagedImage);
        var decodeSize = DecodeSize(codec, width, height);
        if ((long)decodeSize.Width * decodeSize.Height > maxPixels)
            return IntakeResult.Refused(IntakeProblem.TooManyPixels, width, height, maxPixels / 1_000_000);

        var decodeInfo = new SKImageInfo(decodeSize.Width, decodeSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(decodeInfo);
        if (codec.GetPixels(decodeInfo, decoded.GetPixels()) != SKCodecResult.Success) return IntakeResult.Refused(IntakeProblem.DamagedImage);
        decoded.SetImmutable();
        using var source = SKImage.FromBitmap(decoded);

        var keepsAlpha = type == SniffedType.Png;
        var format = keepsAlpha ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg;
        using var upright = Draw(source, codec.EncodedOrigin, AttachmentLimits.LongestSide, keepsAlpha);
        using var content = upright.Encode(format, AttachmentLimits.JpegQuality);
        using var thumbnailImage = Draw(upright, SKEncodedOrigin.TopLeft, AttachmentLimits.ThumbnailSide, keepsAlpha: false);
        using var thumbnail = thumbnailImage.Encode(SKEncodedImageFormat.Jpeg, AttachmentLimits.JpegQuality);
        return IntakeResult.Accepted(new PreparedFile(
            content.ToArray(), keepsAlpha ? "image/png" : "image/jpeg", thumbnail.ToArray(), upright.Width, upright.Height, null));
    }

    /// <summary>
    /// The size to decode at: a JPEG decoder can scale by eighths while decoding, so a 50-megapixel phone photo is
    /// decoded near its stored size instead of at full size; other formats decode at full size.
    /// </summary>
    private static SKSizeI DecodeSize(SKCodec codec, int width, int height)
    {
        var longest = Math.Max(width, height);
        if (longest <= AttachmentLimits.LongestSide) return new SKSizeI(width, height);
        var scaled = codec.GetScaledDimensions((float)AttachmentLimits.LongestSide / longest);
        return Math.Max(scaled.Width, scaled.Height) >= AttachmentLimits.LongestSide ? scaled : new SKSizeI(width, height);
    }

    /// <summary>The image turned upright and fitted within <paramref name="longestSide"/>, on white unless alpha is kept.</summary>
    private static SKImage Draw(SKImage source, SKEncodedOrigin origin, int longestSide, bool keepsAlpha)
    {
        var turns = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (uprightWidth, uprightHeight) = turns ? (source.Height, source.Width) : (source.Width, source.Height);
        var scale = Math.Min(1f, (float)longestSide / Math.Max(uprightWidth, uprightHeight));
        var width = Math.Max(1, (int)Math.Round(uprightWidth * scale));
        var height = Math.Max(1, (int)Math.Round(uprightHeight * scale));
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, keepsAlpha ? SKAlphaType.Premul : SKAlphaType.Opaque))
            ?? throw new InvalidOperationException($"No drawing surface of {width} × {height}.");
        var canvas = surface.Canvas;
        canvas.Clear(keepsAlpha ? SKColors.Transparent : SKColors.White);
        canvas.Scale((float)width / uprightWidth, (float)height / uprightHeight);
        canvas.Concat(Orientation(origin, source.Width, source.Height));
        canvas.DrawImage(source, 0, 0, Smooth);
        return surface.Snapshot();
    }

    /// <summary>The EXIF orientation as a matrix from stored pixels (w × h) to the upright picture.</summary>
    private static SKMatrix Orientation(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
