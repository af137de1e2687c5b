using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Relief.Core.Features.Households;

/// <summary>The 18-digit resident identity number of GB 11643-1999: region, birth date, sequence, check digit.</summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";

    /// <summary>GB/T 2260's province-level codes: 11–15 north, 21–23 north-east, 31–37 east, 41–46 central and south, 50–54 south-west, 61–65 north-west, 71 Taiwan, 81–82 Hong Kong and Macao.</summary>
    private static readonly FrozenSet<int> ProvinceCodes = new[]
    {
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    }.ToFrozenSet();

    /// <summary>
    /// The stored and hashed form, and the one every check reads: spaces anywhere (people copy numbers grouped as
    /// 3301 0219 8001 0100 1X) are removed, full-width digits and Ｘ (typed with a Chinese input method) become
    /// ASCII, and the trailing x is upper-cased. Anything else is left for the check to name.
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
                'x' or 'Ｘ' or 'ｘ' => 'X',
                _ => char.ToUpperInvariant(c),
            });
        }
        return normalized.ToString();
    }

    /// <summary>The province, autonomous region, municipality or SAR the number was issued in (GB/T 2260, first two digits).</summary>
    public static bool HasKnownProvince(string value) =>
        value.Length >= 2 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1])
        && ProvinceCodes.Contains(((value[0] - '0') * 10) + (value[1] - '0'));

    public static char CheckDigit(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckDigits[sum % 11];
    }

    public static bool HasValidShape(string value) =>
        value.Length == 18 && value.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') is false
        && (char.IsAsciiDigit(value[17]) || value[17] == 'X');

    public static bool HasValidCheckDigit(string value) => HasValidShape(value) && CheckDigit(value.AsSpan(0, 17)) == value[17];

    public static DateOnly? BirthDate(string value) =>
        value.Length >= 14 && DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public static Gender GenderOf(string value) =>
        value.Length >= 17 && char.IsAsciiDigit(value[16]) ? ((value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female) : Gender.Unknown;

    /// <summary>3301**********1234: the first four and last four characters.</summary>
    public static string Mask(string value) =>
        value.Length <= 8 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 4), new string('*', value.Length - 8), value.AsSpan(value.Length - 4));

    /// <summary>Builds a valid number from its parts (demo data, tests).</summary>
    public static string Compose(string region6, DateOnly birthDate, int sequence3)
    {
        var first17 = $"{region6}{birthDate:yyyyMMdd}{sequence3:000}";
        return first17 + CheckDigit(first17);
    }
}
