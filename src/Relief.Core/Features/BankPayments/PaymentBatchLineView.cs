namespace Relief.Core.Features.BankPayments;

public sealed record PaymentBatchLineView(
    int Sequence, int GrantId, int HouseholdId, string HouseholdName, string HolderName, string BankName, string AccountMasked, decimal Amount,
    PaymentLineOutcome Outcome, DateOnly? BankDate, string? BankReference, string? FailureReason);
