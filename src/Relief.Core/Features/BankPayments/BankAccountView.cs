namespace Relief.Core.Features.BankPayments;

/// <summary>A household's payee account as the file shows it: the number only masked.</summary>
public sealed record BankAccountView(string BankName, string? Branch, string HolderName, bool HolderOutsideFamily, string NumberMasked, DateTime UpdatedAt, Guid Version);
