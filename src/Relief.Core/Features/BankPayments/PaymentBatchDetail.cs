namespace Relief.Core.Features.BankPayments;

/// <summary>A batch with its lines and what the current user may do with it now.</summary>
public sealed record PaymentBatchDetail
{
    public required int Id { get; init; }
    public required int CampaignId { get; init; }
    public required string CampaignName { get; init; }
    public required int OrgUnitId { get; init; }
    public required string UnitName { get; init; }
    public PaymentBatchStatus Status { get; init; }
    public int LineCount { get; init; }
    public decimal Total { get; init; }
    public int Paid { get; init; }
    public int Failed { get; init; }
    public decimal PaidTotal { get; init; }
    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime? ApprovedAt { get; init; }
    public string? ApprovedBy { get; init; }
    public DateTime? SentAt { get; init; }
    public string? SentBy { get; init; }
    public string? LayoutName { get; init; }
    public DateTime? ResultImportedAt { get; init; }
    public Guid Version { get; init; }
    public IReadOnlyList<PaymentBatchLineView> Lines { get; init; } = [];

    public int Pending => LineCount - Paid - Failed;
    /// <summary>Sent, a result came back, and some lines have none yet: the batch stays open and is flagged.</summary>
    public bool NeedsAttention => Status == PaymentBatchStatus.Sent && ResultImportedAt is not null && Pending > 0;

    public bool CanDelete { get; init; }
    public bool CanApprove { get; init; }
    public bool CanExport { get; init; }
    public bool CanImport { get; init; }
}
