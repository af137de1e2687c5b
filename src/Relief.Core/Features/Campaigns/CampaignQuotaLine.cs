namespace Relief.Core.Features.Campaigns;

/// <summary>A sub-unit's quota beside what it has had approved so far (approved, on notice, payable or paid) in its subtree.</summary>
public sealed record CampaignQuotaLine(int OrgUnitId, string UnitName, int Households, decimal Amount, int HouseholdsApproved, decimal AmountApproved);
