namespace Relief.Core.Features.BankPayments;

public sealed record BankAccountChangeView(DateTime ChangedAt, string ChangedBy, string? Before, string After);
