namespace Relief.Core.Features.Households;

/// <summary>Why a typed resident ID number is refused; each has its own message ("IdNumber.{Problem}").</summary>
public enum IdNumberProblem
{
    None = 0,
    Missing,
    /// <summary>Excel turned the number into 3.30102E+17 or 330102199001011000.0.</summary>
    ScientificNotation,
    /// <summary>The 15-digit numbers issued before 1999 are no longer valid documents.</summary>
    OldFifteenDigit,
    WrongLength,
    BadCharacters,
    /// <summary>The first two digits are no province-level code of GB/T 2260 (000000 is no region at all).</summary>
    UnknownRegion,
    ImpossibleBirthDate,
    WrongCheckDigit,
}
