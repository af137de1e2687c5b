using Relief.Core.Features.Households;

namespace Relief.Core.Features.Grants;

/// <summary>An application the bulk run creates (or would create, in the preview).</summary>
public sealed record BulkApplicationLine(int HouseholdId, string HouseholdName, string UnitName, HouseholdCategory Category, decimal Amount, string? DuplicateElsewhere);
