namespace Relief.Pdf.Layout;

/// <summary>An encoded PNG or JPEG with its size in pixels, read from its header once per rendering.</summary>
internal sealed class ImageSource(byte[] encoded, int pixelWidth, int pixelHeight)
{
    public byte[] Encoded { get; } = encoded;

    public int PixelWidth { get; } = pixelWidth;

    public int PixelHeight { get; } = pixelHeight;
}
