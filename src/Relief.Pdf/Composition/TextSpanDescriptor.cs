using Relief.Pdf.Layout;

namespace Relief.Pdf;

public sealed class TextSpanDescriptor
{
    private readonly TextElement _element;
    private readonly int _index;

    internal TextSpanDescriptor(TextElement element, int index)
    {
        _element = element;
        _index = index;
    }

    public TextSpanDescriptor Style(TextStyle style)
    {
        _element.StyleSpan(_index, style);
        return this;
    }

    public TextSpanDescriptor FontSize(float points) => Style(new TextStyle { Size = points });

    public TextSpanDescriptor Bold(bool bold = true) => Style(new TextStyle { IsBold = bold });

    public TextSpanDescriptor FontColor(string color) => Style(new TextStyle { Color = color });
}
