using Relief.Core.Features.Households;

namespace Relief.Core.Features.Grants;

/// <summary>One line of a sign-off sheet (签领表): the amount in figures and in capitals, and room for a signature.</summary>
public sealed record SignOffRow(
    int Number,
    int GrantId,
    string HouseholdName,
    HouseholdCategory Category,
    GrantKind Kind,
    decimal CashAmount,
    decimal InKindValue,
    decimal Amount,
    string AmountInCapitals,
    string? Items,
    GrantStatus Status,
    DateOnly? PaidOn,
    DisbursementMethod? Method);
