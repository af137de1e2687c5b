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

    public string Count(int value) => Formats.Count(value);

    /// <summary>A quantity of goods with its unit: 1,200斤 or 1,200 斤 (up to three decimals, as stored).</summary>
    public string Quantity(decimal value, string unit) => value.ToString("#,##0.###", Invariant) + (IsChinese ? "" : " ") + unit;

    /// <summary>2021年1月15日 or 15 Jan 2021.</summary>
    public string Date(DateOnly value) => Formats.Date(value, culture);

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
