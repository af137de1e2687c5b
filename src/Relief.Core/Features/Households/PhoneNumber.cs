using System.Text;
using System.Text.RegularExpressions;

namespace Relief.Core.Features.Households;

/// <summary>Mainland numbers: an 11-digit mobile (1[3-9]…), or a landline with its area code, which many retirees still use.</summary>
public static partial class PhoneNumber
{
    /// <summary>
    /// The stored form, and the one the check reads: spaces (139 1234 5678) removed, full-width digits and dashes
    /// (typed with a Chinese input method) made ASCII. Anything else is left for the check to refuse.
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
                _ => c,
            });
        }
        return normalized.ToString();
    }

    public static bool IsValid(string? value) =>
        value is not null && Normalize(value) is var phone && (Mobile().IsMatch(phone) || Landline().IsMatch(phone));

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^0\d{2,3}-?\d{7,8}$")]
    private static partial Regex Landline();
}
