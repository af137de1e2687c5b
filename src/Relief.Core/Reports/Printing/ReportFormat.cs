using System.Globalization;
using Relief.Core.Common;

namespace Relief.Core.Reports.Printing;

/// <summary>How printed documents write numbers, money and dates in the reader's language.</summary>
// Every format is an instance member, culture-bound or not, so documents hold one formatter and never mix styles.
#pragma warning disable CA1822
public sealed class ReportFormat(CultureInfo culture)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public bool IsChinese { get; } = culture.TwoLetterISOLanguageName == "zh";
    public string Culture => IsChinese ? "zh-CN" : "en";

    public static ReportFormat Current => new(CultureInfo.CurrentUICulture);

    /// <summary>1,234.00 — tables say 元 in the column header.</summary>
    public string Money(decimal value) => Formats.Amount(value);

    /// <summary>
    /// An amount in 万元, as the customary wording states large sums (筹资15万元, 慰问金4.01万元): to two decimals,
    /// trailing zeros dropped. The exact amount in yuan stands in the appendix tables.
    /// </summary>
    public string TenThousands(decimal value) => Math.Round(value / 10_000m, 2, MidpointRounding.AwayFromZero).ToString("#,##0.##", Invariant);

    public string Count(int value) => Formats.Count(value);

    /// <summary>A quantity of goods with its unit: 1,200斤 or 1,200 斤 (up to three decimals, as stored).</summary>
    public string Quantity(decimal value, string unit) => value.ToString("#,##0.###", Invariant) + (IsChinese ? "" : " ") + unit;

    /// <summary>2021年1月15日 or 15 Jan 2021.</summary>
    public string Date(DateOnly value) => Formats.Date(value, culture);

    /// <summary>
    /// Goods as the narrative states them: 斤 from ten thousand up in 万斤 (油食品3.5万斤), as the customary wording
    /// does; every other unit as <see cref="Quantity"/>.
    /// </summary>
    public string NarrativeQuantity(decimal value, string unit) =>
        IsChinese && unit == "斤" && value >= 10_000m ? TenThousands(value) + "万斤" : Quantity(value, unit);

    /// <summary>A change of money, in the format of <see cref="Money"/> with its sign (+80,000.00); "—" when there is nothing to compare.</summary>
    public string MoneyChange(decimal current, decimal? previous) =>
        previous is not { } before ? "—" : (current - before) switch
        {
            0 => Money(0),
            var d => d.ToString("+#,##0.00;-#,##0.00", Invariant),
        };

    /// <summary>Change against the previous figure, with its sign; "—" when there is nothing to compare.</summary>
    public string Change(decimal current, decimal? previous) =>
        previous is not { } before ? "—" : (current - before) switch
        {
            0 => "0",
            var d when d == decimal.Truncate(d) => d.ToString("+#,##0;-#,##0", Invariant),
            var d => d.ToString("+#,##0.00;-#,##0.00", Invariant),
        };

    public string PageFooter => IsChinese ? "第 {n} 页 / 共 {N} 页" : "Page {n} of {N}";
}
#pragma warning restore CA1822
