namespace Relief.Pdf;

public static class Units
{
    public const float PointsPerInch = 72f;
    public const float MillimetresPerInch = 25.4f;

    public static float FromMillimetres(float millimetres) => millimetres * PointsPerInch / MillimetresPerInch;
}
