namespace Relief.Core.Features.BankPayments;

/// <summary>One line of a batch as the bank file writes it, the account number in clear (decrypted for the file only).</summary>
public sealed record BankFileLine(int Sequence, string HolderName, string AccountNumber, decimal Amount, string BankName, string? Branch, string? IdNumber, string Purpose);
