using SkiaSharp;

namespace Relief.Pdf.Layout;

/// <summary>Reads each image's header once per rendering; the backend embeds it when it is first drawn.</summary>
internal sealed class ImageCache
{
    private readonly Dictionary<byte[], ImageSource> _images = new(ReferenceEqualityComparer.Instance);

    public ImageSource Get(byte[] encoded)
    {
        if (!_images.TryGetValue(encoded, out var image))
        {
            using var data = SKData.CreateCopy(encoded);
            using var codec = SKCodec.Create(data);
            if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg) ||
                codec.Info.Width <= 0 || codec.Info.Height <= 0)
            {
                throw new ArgumentException("The image is not a PNG or JPEG that can be decoded.", nameof(encoded));
            }

            image = new ImageSource(encoded, codec.Info.Width, codec.Info.Height);
            _images.Add(encoded, image);
        }

        return image;
    }
}
