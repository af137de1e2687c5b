namespace Relief.Core.Features.BankPayments;

public sealed record RefusedResultLine(int RowNumber, string? HolderName, string Reason);
