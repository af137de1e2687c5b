using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Campaigns;

public sealed record CampaignStandardInput
{
    public HouseholdCategory Category { get; set; }
    public GrantKind Kind { get; set; }
    public decimal Amount { get; set; }
}
