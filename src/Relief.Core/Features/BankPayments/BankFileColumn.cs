namespace Relief.Core.Features.BankPayments;

public sealed record BankFileColumn(BankFileField Field, string Header);
