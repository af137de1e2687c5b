namespace Relief.Pdf;

public enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}
