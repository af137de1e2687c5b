using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Campaigns;

public sealed record CampaignStandardLine(HouseholdCategory Category, GrantKind Kind, decimal Amount);
