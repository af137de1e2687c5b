using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Benchmarks.Timings;

/// <summary>One row of the grant list as the timings read it (until the grant service exists).</summary>
internal sealed record GrantListRow(
    int Id, string HouseholdName, string IdNumberMasked, string UnitName, GrantKind Kind, HouseholdCategory Category,
    decimal TotalAmount, GrantStatus Status, DateOnly AppliedOn);
