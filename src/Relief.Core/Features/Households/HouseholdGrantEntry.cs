using Relief.Core.Features.Grants;

namespace Relief.Core.Features.Households;

public sealed record HouseholdGrantEntry(
    int Id, int CampaignId, string CampaignName, GrantKind Kind, decimal TotalAmount, GrantStatus Status, DateOnly AppliedOn);
