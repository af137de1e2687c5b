using System.Globalization;

namespace Relief.Core.Common;

/// <summary>
/// The one way the app writes dates, amounts and counts, in messages, pages and printed documents alike, as UI.md
/// writes them: 2021年1月15日 / 15 Jan 2021, 1,234.00, 12,345. The patterns are fixed (not the culture's), so the
/// same figure reads the same on a page and in its PDF; only the language picks the date form.
/// </summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool IsChinese(CultureInfo language) => language.TwoLetterISOLanguageName == "zh";

    /// <summary>In the current UI language.</summary>
    public static string Date(DateOnly date) => Date(date, CultureInfo.CurrentUICulture);

    public static string Date(DateOnly date, CultureInfo language) =>
        date.ToString(IsChinese(language) ? "yyyy年M月d日" : "d MMM yyyy", Invariant);

    /// <summary>Yuan with two decimals and thousands separators, without a currency sign (the caller adds ¥ or 元 where it wants one).</summary>
    public static string Amount(decimal amount) => amount.ToString("#,##0.00", Invariant);

    /// <summary>Blank when there is no amount.</summary>
    public static string Amount(decimal? amount) => amount is { } a ? Amount(a) : "";

    public static string Count(int value) => value.ToString("#,##0", Invariant);
}
