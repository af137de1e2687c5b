namespace Relief.Core.Features.BankPayments;

/// <summary>Make a batch of every payable cash grant of a campaign and unit that has a payee account and is in no open batch.</summary>
public sealed record BuildBatchInput
{
    public int CampaignId { get; set; }
    public int OrgUnitId { get; set; }
}
