using System.Globalization;
using System.Text;

namespace Relief.Core.Common;

/// <summary>
/// Reads a number as people type it: full-width digits and punctuation (１，５００．５０), spaces, thousands separators,
/// a leading ¥ or ￥ and a trailing 元. Refuses what is not plainly a number: exponents (1e3), NaN, infinity, words,
/// misplaced separators. The form fields and the household import read amounts through here.
/// </summary>
public static class DecimalText
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0m;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var plain = Normalize(text);
        if (plain.Length == 0 || plain.Any(c => !(char.IsAsciiDigit(c) || c is '.' or ',' or '-' or '+'))) return false;
        if (plain.Contains(',') && !ThousandsWellFormed(plain)) return false;
        return decimal.TryParse(plain.Replace(",", "", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c)) continue;
            // FormKC turns full-width digits, ．，－＋ into ASCII; the ideographic full stop and comma are typed for them too.
            builder.Append(c switch { '。' => '.', '、' => ',', _ => c });
        }
        var plain = builder.ToString();
        if (plain.StartsWith('¥')) plain = plain[1..];
        if (plain.EndsWith('元')) plain = plain[..^1];
        return plain;
    }

    /// <summary>"1,500.5" and "12,345,678" but not "1,50" or "1,,500": separators every three digits before the point.</summary>
    private static bool ThousandsWellFormed(string plain)
    {
        var whole = plain.TrimStart('-', '+').Split('.')[0];
        var groups = whole.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
