namespace Relief.Core.Features.Campaigns;

public enum Season
{
    /// <summary>元旦春节</summary>
    NewYearSpringFestival = 0,
    /// <summary>夏送清凉</summary>
    SummerCooling = 1,
    /// <summary>金秋助学</summary>
    AutumnStudentAid = 2,
    Other = 9,
}
