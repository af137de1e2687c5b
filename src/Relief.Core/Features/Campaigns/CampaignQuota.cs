using Relief.Core.Common;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Campaigns;

/// <summary>How many households and how much money a sub-unit may put forward in a campaign.</summary>
public class CampaignQuota : IUnitOwned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public int Households { get; set; }
    public decimal Amount { get; set; }
}
