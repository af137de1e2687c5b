namespace Relief.Core.Features.BankPayments;

public sealed record PaymentBatchListItem(
    int Id, int CampaignId, string CampaignName, string UnitName, PaymentBatchStatus Status, int LineCount, decimal Total,
    int Paid, int Failed, DateTime CreatedAt, string CreatedBy, bool NeedsAttention);
