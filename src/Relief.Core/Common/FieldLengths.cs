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
    /// <summary>Bank card or account numbers: 12 to 19 digits.</summary>
    public const int CardNumber = 19;
    /// <summary>6222 **** **** 1234</summary>
    public const int CardNumberMasked = 19;
    /// <summary>Excel allows 31 characters in a sheet name.</summary>
    public const int SheetName = 31;
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
