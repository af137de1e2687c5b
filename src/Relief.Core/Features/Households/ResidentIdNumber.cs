using System.Globalization;

namespace Relief.Core.Features.Households;

/// <summary>The 18-digit resident identity number of GB 11643-1999: region, birth date, sequence, check digit.</summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";

    /// <summary>Upper-cases the trailing x and trims spaces; the stored and hashed form.</summary>
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

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
