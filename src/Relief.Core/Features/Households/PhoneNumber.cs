using System.Text.RegularExpressions;

namespace Relief.Core.Features.Households;

/// <summary>Mainland numbers: an 11-digit mobile (1[3-9]…), or a landline with its area code, which many retirees still use.</summary>
public static partial class PhoneNumber
{
    public static bool IsValid(string? value) => value is not null && (Mobile().IsMatch(value.Trim()) || Landline().IsMatch(value.Trim()));

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^0\d{2,3}-?\d{7,8}$")]
    private static partial Regex Landline();
}
