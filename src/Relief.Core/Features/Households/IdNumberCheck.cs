namespace Relief.Core.Features.Households;

/// <summary>
/// Checks a typed resident ID number against GB 11643-1999 and names the first thing wrong with it, so the
/// form and the import can tell the user exactly what to fix rather than "invalid".
/// </summary>
public static class IdNumberCheck
{
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public static IdNumberProblem Check(string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value)) return IdNumberProblem.Missing;
        var id = ResidentIdNumber.Normalize(value);
        if (LooksLikeExcelNumber(id)) return IdNumberProblem.ScientificNotation;
        if (id.Length == 15 && !id.AsSpan().ContainsAnyExceptInRange('0', '9')) return IdNumberProblem.OldFifteenDigit;
        if (id.Length != 18) return IdNumberProblem.WrongLength;
        if (!ResidentIdNumber.HasValidShape(id)) return IdNumberProblem.BadCharacters;
        if (!ResidentIdNumber.HasKnownProvince(id)) return IdNumberProblem.UnknownRegion;
        var birthDate = ResidentIdNumber.BirthDate(id);
        if (birthDate is not { } born || born < EarliestBirthDate || born > today) return IdNumberProblem.ImpossibleBirthDate;
        if (!ResidentIdNumber.HasValidCheckDigit(id)) return IdNumberProblem.WrongCheckDigit;
        return IdNumberProblem.None;
    }

    public static bool IsValid(string? value, DateOnly today) => Check(value, today) == IdNumberProblem.None;

    private static bool LooksLikeExcelNumber(string id) =>
        id.Contains("E+", StringComparison.Ordinal) || id.Contains('.', StringComparison.Ordinal);
}
