namespace Relief.Core.Features.BankPayments;

/// <summary>One line of a bank batch as the household file shows it: paid with the bank's reference, failed with its reason, or waiting.</summary>
public sealed record BankPaymentEntry(
    int BatchId, int GrantId, string CampaignName, string AccountMasked, decimal Amount, PaymentLineOutcome Outcome,
    DateOnly? BankDate, string? BankReference, string? FailureReason);
