using System.Text;

namespace Relief.Core.Features.Grants;

/// <summary>
/// 中文大写金额, as written on vouchers and sign-off sheets under the financial rules: 壹拾 (never a bare 拾),
/// one 零 for any run of zeros inside the number (壹仟零伍元), none before 元 or 万 (壹佰贰拾万元), 元整 when there are
/// no jiao or fen, 零 between 元 and 分 when the jiao is zero, and no 零元 before an amount under one yuan (壹分).
/// </summary>
public static class ChineseAmount
{
    /// <summary>Up to 9,999,999,999,999,999.99 (万亿).</summary>
    public const decimal Max = 9_999_999_999_999_999.99m;

    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] DigitUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] GroupUnits = ["", "万", "亿", "万亿"];

    public static string ToCapital(decimal amount)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        if (Math.Abs(rounded) > Max) throw new ArgumentOutOfRangeException(nameof(amount), amount, "Too large for a capital amount.");
        if (rounded == 0m) return "零元整";

        var text = new StringBuilder();
        if (rounded < 0m) text.Append('负');
        var absolute = Math.Abs(rounded);
        var yuan = (long)decimal.Truncate(absolute);
        var cents = (int)((absolute - yuan) * 100m);
        var jiao = cents / 10;
        var fen = cents % 10;

        if (yuan > 0)
        {
            AppendYuan(text, yuan);
            text.Append('元');
        }
        if (jiao == 0 && fen == 0) return text.Append('整').ToString();
        if (jiao > 0) text.Append(Digits[jiao]).Append('角');
        else if (yuan > 0) text.Append('零');
        if (fen > 0) text.Append(Digits[fen]).Append('分');
        return text.ToString();
    }

    /// <summary>The integer part in groups of four digits (个, 万, 亿, 万亿), highest first.</summary>
    private static void AppendYuan(StringBuilder text, long yuan)
    {
        var groups = new List<int>();
        for (var rest = yuan; rest > 0; rest /= 10_000) groups.Add((int)(rest % 10_000));

        var written = false;
        var zeroPending = false;
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var group = groups[g];
            if (group == 0)
            {
                // A whole group of zeros between written digits reads as one 零 before the next digit.
                zeroPending = written;
                continue;
            }
            if (written && (zeroPending || group < 1000)) text.Append('零');
            AppendGroup(text, group);
            text.Append(GroupUnits[g]);
            written = true;
            zeroPending = false;
        }
    }

    private static void AppendGroup(StringBuilder text, int group)
    {
        var zero = false;
        var started = false;
        for (var position = 3; position >= 0; position--)
        {
            var digit = group / Pow10(position) % 10;
            if (digit == 0)
            {
                zero = started;
                continue;
            }
            if (zero) text.Append('零');
            text.Append(Digits[digit]).Append(DigitUnits[position]);
            started = true;
            zero = false;
        }
    }

    private static int Pow10(int power) => power switch { 0 => 1, 1 => 10, 2 => 100, _ => 1000 };
}
