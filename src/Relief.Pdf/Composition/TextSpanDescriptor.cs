using Relief.Pdf.Layout;

namespace Relief.Pdf;

public sealed class TextSpanDescriptor
{
    private readonly TextSpanModel _span;

    internal TextSpanDescriptor(TextSpanModel span)
    {
        _span = span;
    }

    public TextSpanDescriptor Style(TextStyle style)
    {
        _span.Style = style.Over(_span.Style);
        return this;
    }

    public TextSpanDescriptor FontSize(float points) => Style(new TextStyle { Size = points });

    public TextSpanDescriptor Bold(bool bold = true) => Style(new TextStyle { IsBold = bold });

    public TextSpanDescriptor FontColor(string color) => Style(new TextStyle { Color = color });
}
