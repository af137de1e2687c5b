namespace Relief.Core.Common;

/// <summary>Column lengths shared by the EF configurations and the validators, so the two never disagree.</summary>
public static class FieldLengths
{
    public const int Name = 50;
    public const int Title = 100;
    public const int ShortText = 200;
    public const int LongText = 2000;
    public const int Notes = 4000;
    public const int Phone = 20;
    public const int Address = 200;
    public const int Region = 50;
    public const int IdNumber = 18;
    public const int IdNumberCipher = 512;
    public const int IdNumberHash = 64;
    public const int IdNumberMasked = 18;
    public const int IdNumberLastFour = 4;
    public const int UnitCode = 30;
    public const int UnitPath = 400;
    public const int Reference = 100;
    public const int ItemName = 50;
    public const int ItemUnit = 10;
    public const int EntityName = 100;
    public const int EntityKey = 100;
    public const int UserId = 450;
    public const int UserName = 256;
}
