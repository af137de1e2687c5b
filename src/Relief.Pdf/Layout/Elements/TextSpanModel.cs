namespace Relief.Pdf.Layout;

internal sealed class TextSpanModel(string text)
{
    public string Text { get; } = text;

    public TextStyle Style { get; set; } = TextStyle.Default;
}
