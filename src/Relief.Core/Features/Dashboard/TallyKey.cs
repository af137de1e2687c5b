using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Dashboard;

/// <summary>The identity of one <see cref="CampaignTally"/> row; dimensions a measure does not use stay at zero.</summary>
internal readonly record struct TallyKey(
    int CampaignId, string Scope, TallyMeasure Measure, GrantStatus Status = default, HouseholdCategory Category = default, GrantKind Kind = default);
