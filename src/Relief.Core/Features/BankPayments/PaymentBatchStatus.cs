namespace Relief.Core.Features.BankPayments;

/// <summary>Draft (an officer prepares) → Approved (a chair) → Sent (the file exported; unchangeable) → Settled (every line paid or failed).</summary>
public enum PaymentBatchStatus
{
    Draft = 0,
    Approved = 1,
    Sent = 2,
    Settled = 3,
}
