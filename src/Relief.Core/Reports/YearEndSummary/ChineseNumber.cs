namespace Relief.Core.Reports.YearEndSummary;

/// <summary>Small counting numbers in Chinese characters, as ordinals are written in running text: 一, 十, 十一, 二十三.</summary>
public static class ChineseNumber
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>1 to 99 in characters; larger numbers stay in Arabic figures, as the text then reads them more easily.</summary>
    public static string Of(int value) => value switch
    {
        < 1 or > 99 => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        < 10 => Digits[value],
        < 20 => "十" + (value % 10 == 0 ? "" : Digits[value % 10]),
        _ => Digits[value / 10] + "十" + (value % 10 == 0 ? "" : Digits[value % 10]),
    };
}
