namespace Relief.Pdf.Layout;

/// <summary>Four side values in points, for padding and borders.</summary>
internal readonly record struct Thickness(float Left, float Top, float Right, float Bottom)
{
    public float Horizontal => Left + Right;

    public float Vertical => Top + Bottom;

    public static Thickness All(float value) => new(value, value, value, value);
}
