namespace Relief.Core.Features.Grants;

public sealed record GrantPaymentLine(DateOnly PaidOn, DisbursementMethod Method, string PaidBy, decimal Amount, bool SignedOff);
