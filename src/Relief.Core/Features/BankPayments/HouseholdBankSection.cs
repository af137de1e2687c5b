namespace Relief.Core.Features.BankPayments;

/// <summary>The bank part of a household file: its payee account, the account's changes, and its bank payments.</summary>
public sealed record HouseholdBankSection(
    int HouseholdId,
    string HouseholdName,
    BankAccountView? Account,
    IReadOnlyList<BankAccountChangeView> Changes,
    IReadOnlyList<BankPaymentEntry> Payments,
    IReadOnlyList<string> FamilyNames,
    bool CanEdit,
    bool CanReveal);
