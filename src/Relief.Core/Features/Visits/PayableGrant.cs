using Relief.Core.Features.Grants;

namespace Relief.Core.Features.Visits;

/// <summary>A grant that may be paid now (可发放), offered for hand-over during the visit.</summary>
public sealed record PayableGrant(int Id, int HouseholdId, string HouseholdName, string CampaignName, GrantKind Kind, decimal TotalAmount);
