namespace Relief.Core.Features.BankPayments;

/// <summary>付款审批单: what the cover sheet of a batch prints.</summary>
public sealed record PaymentCoverSheet(
    int BatchId, string CampaignName, string UnitName, PaymentBatchStatus Status, int LineCount, decimal Total, string TotalInCapitals,
    string CreatedBy, DateTime CreatedAt, string? ApprovedBy, DateTime? ApprovedAt, IReadOnlyList<PaymentBatchLineView> Lines);
