namespace Relief.Core.Features.Grants;

public enum GrantKind
{
    /// <summary>困难补助</summary>
    HardshipSubsidy = 0,
    /// <summary>节日慰问金</summary>
    HolidayCondolence = 1,
    /// <summary>大病救助</summary>
    SeriousIllnessAid = 2,
    /// <summary>助学金</summary>
    StudentAid = 3,
    /// <summary>物资慰问</summary>
    InKind = 4,
    /// <summary>临时救助</summary>
    Emergency = 5,
}
