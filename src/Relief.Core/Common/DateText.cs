using System.Globalization;
using System.Text;

namespace Relief.Core.Common;

/// <summary>
/// A calendar day as people type or paste it: 2026-12-07 (what a date picker sends), 2026/12/7, 2026.12.7,
/// 2026年12月7日, with full-width digits or spaces from a Chinese input method. Anything else (12/7/2026, 20261207,
/// 2026-02-30, words) is no date: the caller says so rather than guess which day was meant.
/// </summary>
public static class DateText
{
    public static bool TryParse(string? text, out DateOnly value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = Normalize(text).Split('-');
        if (parts.Length != 3 || parts[0].Length != 4 || parts[1].Length is < 1 or > 2 || parts[2].Length is < 1 or > 2
            || !parts.All(p => p.All(char.IsAsciiDigit)))
            return false;
        var (year, month, day) = (Number(parts[0]), Number(parts[1]), Number(parts[2]));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        value = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// A day and a time of day: what a date-time picker sends (2026-12-07T09:30) or the day as <see cref="TryParse"/>
    /// reads it followed by a space and 9:30 or 09:30:15. A time that does not exist (25:00) is no time.
    /// </summary>
    public static bool TryParseDateTime(string? text, out DateTime value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var plain = text.Trim().Normalize(NormalizationForm.FormKC);
        var split = plain.Contains('T') ? plain.IndexOf('T') : plain.LastIndexOf(' ');
        if (split < 0 || !TryParse(plain[..split], out var day)
            || !TimeOnly.TryParseExact(plain[(split + 1)..].Trim(), ["H:mm", "H:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return false;
        value = day.ToDateTime(time);
        return true;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Full-width characters made ASCII, spaces dropped, and every separator (/ . 年 月) made a dash; 日 ends it.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c)) continue;
            builder.Append(c is '/' or '.' or '年' or '月' ? '-' : c);
        }
        var plain = builder.ToString();
        return plain.EndsWith('日') || plain.EndsWith('号') ? plain[..^1] : plain;
    }
}
