namespace Relief.Core.Features.BankPayments;

/// <summary>A payable cash grant that could go into a batch, and whether its household has a payee account to send it to.</summary>
public sealed record BatchCandidate(int GrantId, int HouseholdId, string HouseholdName, decimal Amount, string? HolderName, string? AccountMasked, string? FailedBefore);
