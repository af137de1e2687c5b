using System.Text;
using System.Text.RegularExpressions;

namespace Relief.Core.Features.Households;

/// <summary>Mainland numbers: an 11-digit mobile (1[3-9]…), or a landline with its area code, which many retirees still use.</summary>
public static partial class PhoneNumber
{
    /// <summary>
    /// The stored form, and the one the check reads: spaces (139 1234 5678) removed, full-width digits and dashes
    /// (typed with a Chinese input method) made ASCII, a mobile's group dashes and +86 dropped, a bracketed area code
    /// written with a dash. Anything else is left for the check to refuse.
    /// </summary>
    public static string Normalize(string value)
    {
        var normalized = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c)) continue;
            normalized.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '－' or '—' or '–' => '-',
                '（' or '(' => '(',
                '）' or ')' => ')',
                '＋' => '+',
                _ => c,
            });
        }
        var phone = normalized.ToString();
        // A mobile written in groups (139-5781-2345) or with the country code (+86 139…) is the same eleven digits.
        var digits = phone.Replace("-", "", StringComparison.Ordinal);
        if (digits.StartsWith("+86", StringComparison.Ordinal)) digits = digits[3..];
        if (Mobile().IsMatch(digits)) return digits;
        // A landline's area code in brackets, (0578)1234567, is the usual 0578-1234567.
        return BracketedAreaCode().Replace(phone, "$1-");
    }

    /// <summary>What a phone field stores: nothing when blank, otherwise the one form <see cref="Normalize"/> gives.</summary>
    public static string? StoredOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : Normalize(value);

    public static bool IsValid(string? value) =>
        value is not null && Normalize(value) is var phone && (Mobile().IsMatch(phone) || Landline().IsMatch(phone));

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^0\d{2,3}-?\d{7,8}$")]
    private static partial Regex Landline();

    [GeneratedRegex(@"^\((0\d{2,3})\)-?")]
    private static partial Regex BracketedAreaCode();
}
