using SkiaSharp;

namespace Relief.Pdf.Layout;

/// <summary>Decodes each image once per rendering and frees the decoded images when the rendering ends.</summary>
internal sealed class ImageCache : IDisposable
{
    private readonly Dictionary<byte[], SKImage> _images = new(ReferenceEqualityComparer.Instance);

    public SKImage Get(byte[] encoded)
    {
        if (!_images.TryGetValue(encoded, out var image))
        {
            image = SKImage.FromEncodedData(encoded)
                ?? throw new ArgumentException("The image is not a PNG or JPEG that can be decoded.", nameof(encoded));
            _images.Add(encoded, image);
        }

        return image;
    }

    public void Dispose()
    {
        foreach (var image in _images.Values)
        {
            image.Dispose();
        }
    }
}
