namespace Relief.Pdf;

public enum BarOrientation
{
    /// <summary>Bars grow upwards from a horizontal axis, categories along the bottom.</summary>
    Vertical,

    /// <summary>Bars grow rightwards, categories down the left side (better for long labels).</summary>
    Horizontal,
}
