using System.Globalization;
using Relief.Pdf.Layout;

namespace Relief.Pdf.Writing;

/// <summary>
/// The resources every page shares: images (embedded the first time they are drawn), transparency states
/// and, at the end, the fonts. One dictionary serves all pages; a page may name resources it does not use.
/// </summary>
internal sealed class PdfResources(PdfFile file)
{
    private readonly Dictionary<ImageSource, string> _imageNames = [];
    private readonly List<(string Name, int Number)> _images = [];
    private readonly SortedDictionary<string, string> _states = new(StringComparer.Ordinal);

    /// <summary>The resource name of an image, embedding it on first use.</summary>
    public string Image(ImageSource image)
    {
        if (!_imageNames.TryGetValue(image, out var name))
        {
            name = "Im" + _images.Count.ToString(CultureInfo.InvariantCulture);
            _images.Add((name, PdfImages.Write(file, image)));
            _imageNames.Add(image, name);
        }

        return name;
    }

    /// <summary>The name of a graphics state with this opacity for fills (and text).</summary>
    public string FillAlpha(byte alpha) => State("Fa", "/ca ", alpha);

    /// <summary>The name of a graphics state with this opacity for strokes.</summary>
    public string StrokeAlpha(byte alpha) => State("Sa", "/CA ", alpha);

    /// <summary>Writes the resource dictionary as object <paramref name="number"/>, with the fonts given as (face index, object).</summary>
    public void Write(int number, IReadOnlyList<(int FaceIndex, int Number)> fonts)
    {
        var buffer = file.BeginObject(number).Raw("<</ProcSet [/PDF /Text /ImageB /ImageC /ImageI]"u8);
        if (fonts.Count > 0)
        {
            buffer.Raw("\n/Font <<"u8);
            foreach (var (faceIndex, font) in fonts)
            {
                buffer.Raw("/F"u8).Integer(faceIndex).Byte((byte)' ').Integer(font).Raw(" 0 R "u8);
            }

            buffer.Raw(">>"u8);
        }

        if (_images.Count > 0)
        {
            buffer.Raw("\n/XObject <<"u8);
            foreach (var (name, image) in _images)
            {
                buffer.Byte((byte)'/').Ascii(name).Byte((byte)' ').Integer(image).Raw(" 0 R "u8);
            }

            buffer.Raw(">>"u8);
        }

        if (_states.Count > 0)
        {
            buffer.Raw("\n/ExtGState <<"u8);
            foreach (var (name, state) in _states)
            {
                buffer.Byte((byte)'/').Ascii(name).Raw(" <<"u8).Ascii(state).Raw(">> "u8);
            }

            buffer.Raw(">>"u8);
        }

        buffer.Raw(">>"u8);
        file.EndObject();
    }

    private string State(string prefix, string key, byte alpha)
    {
        var name = prefix + alpha.ToString("X2", CultureInfo.InvariantCulture);
        if (!_states.ContainsKey(name))
        {
            _states.Add(name, key + System.Text.Encoding.ASCII.GetString(ColorComponents.Get(alpha)));
        }

        return name;
    }
}
