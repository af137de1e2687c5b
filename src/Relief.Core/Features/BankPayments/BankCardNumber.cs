namespace Relief.Core.Features.BankPayments;

/// <summary>
/// The checks and the masked form of a bank card or account number. Spaces and dashes as people type them are
/// dropped; what remains must be 12 to 19 digits. Cards of China UnionPay (numbers starting with 62) carry a Luhn
/// check digit; account numbers (存折, 对公) of other forms need not.
/// </summary>
public static class BankCardNumber
{
    public const int MinDigits = 12;
    public const int MaxDigits = 19;

    public static string Normalize(string? number) =>
        new((number ?? "").Where(c => c is not (' ' or '-' or '\u3000')).ToArray());

    public static bool HasValidLength(string digits) =>
        digits.Length is >= MinDigits and <= MaxDigits && digits.All(char.IsAsciiDigit);

    /// <summary>Whether the Luhn check applies: UnionPay card numbers start with 62.</summary>
    public static bool IsUnionPayCard(string digits) => digits.StartsWith("62", StringComparison.Ordinal);

    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /// <summary>6222 **** **** 1234: the bank's prefix and the last four, as bank statements print them.</summary>
    public static string Mask(string digits) =>
        digits.Length < 8 ? new string('*', digits.Length) : $"{digits[..4]} **** **** {digits[^4..]}";
}
