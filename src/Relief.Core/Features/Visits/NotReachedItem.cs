using Relief.Core.Features.Households;

namespace Relief.Core.Features.Visits;

/// <summary>A household of the campaign's units that no visit of the campaign has reached; remote ones are for phone or letter.</summary>
public sealed record NotReachedItem(
    int Id, string Name, string UnitName, string? Region, bool IsRemote, HardshipLevel Level, bool IsPriority, string? Phone);
