using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Campaigns;

/// <summary>The amount per household for one category and grant kind; above it needs an override reason.</summary>
public class CampaignStandard
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public HouseholdCategory Category { get; set; }
    public GrantKind Kind { get; set; }
    public decimal Amount { get; set; }
}
