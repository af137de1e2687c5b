using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.DemoData;

/// <summary>How a household of one primary category typically looks in the files, and what it is usually granted.</summary>
public sealed record DemoCategoryProfile(
    HouseholdCategory Category,
    HardshipLevel Level,
    HeadOfHouseholdKind HeadKind,
    string Causes,
    string? IllnessDetails,
    GrantKind GrantKind,
    decimal Standard,
    HouseholdCategory? AlsoCategory,
    string GrantReason);
