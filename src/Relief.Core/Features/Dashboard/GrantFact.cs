using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Dashboard;

/// <summary>
/// What a grant contributes to the tallies. <see cref="Id"/> is 0 or temporary for a grant not saved yet;
/// <see cref="Amount"/> is the grant's total, <see cref="InKind"/> the in-kind part of it.
/// </summary>
internal readonly record struct GrantFact(
    int Id, int CampaignId, int HouseholdId, int UnitId, GrantStatus Status, HouseholdCategory Category, GrantKind Kind, decimal Amount, decimal InKind);
