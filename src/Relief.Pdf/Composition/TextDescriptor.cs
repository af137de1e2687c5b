using Relief.Pdf.Layout;

namespace Relief.Pdf;

/// <summary>A paragraph: spans of styled text, a style they share, alignment and line spacing.</summary>
public sealed class TextDescriptor
{
    private readonly TextElement _element;

    internal TextDescriptor(TextElement element)
    {
        _element = element;
    }

    public TextSpanDescriptor Span(string text) => new(_element, _element.AddSpan(text));

    public TextDescriptor Style(TextStyle style)
    {
        _element.Style = style.Over(_element.Style);
        return this;
    }

    public TextDescriptor FontSize(float points) => Style(new TextStyle { Size = points });

    public TextDescriptor Bold(bool bold = true) => Style(new TextStyle { IsBold = bold });

    public TextDescriptor FontColor(string color) => Style(new TextStyle { Color = color });

    /// <summary>Line height as a multiple of the font's natural line height (1 by default).</summary>
    public TextDescriptor LineSpacing(float multiple) => Style(new TextStyle { LineSpacing = multiple });

    public TextDescriptor AlignLeft() => Align(TextAlignment.Left);

    public TextDescriptor AlignCenter() => Align(TextAlignment.Center);

    public TextDescriptor AlignRight() => Align(TextAlignment.Right);

    /// <summary>Spreads every line but a paragraph's last to the full width, at spaces and between ideographs.</summary>
    public TextDescriptor Justify() => Align(TextAlignment.Justify);

    public TextDescriptor Align(TextAlignment alignment)
    {
        _element.Alignment = alignment;
        return this;
    }
}
