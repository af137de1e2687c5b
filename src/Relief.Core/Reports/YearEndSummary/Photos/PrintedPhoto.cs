namespace Relief.Core.Reports.YearEndSummary.Photos;

/// <summary>A chosen photo ready for the printed summary: a JPEG framed 4:3 and its caption, with the unit and the day under it.</summary>
public sealed record PrintedPhoto(byte[] Jpeg, string Caption, string UnitName, DateOnly TakenOn)
{
    public const int PixelWidth = 1200;
    public const int PixelHeight = 900;
}
