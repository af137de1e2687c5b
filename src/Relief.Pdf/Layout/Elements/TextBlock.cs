namespace Relief.Pdf.Layout;

/// <summary>A paragraph as composed: its spans, the style they share, and how its lines align.</summary>
internal sealed class TextBlock
{
    public List<TextSpanModel> Spans { get; } = [];

    public TextStyle Style { get; set; } = TextStyle.Default;

    public TextAlignment Alignment { get; set; } = TextAlignment.Left;
}
