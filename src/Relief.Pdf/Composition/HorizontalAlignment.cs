namespace Relief.Pdf;

public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}
