namespace Relief.Core.Features.Campaigns;

public sealed record CampaignQuotaInput
{
    public int OrgUnitId { get; set; }
    public int Households { get; set; }
    public decimal Amount { get; set; }
}
