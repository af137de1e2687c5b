using Relief.Core.Features.Households;

namespace Relief.Core.Features.Visits;

/// <summary>A household offered by the visit form's search: enough to tell two people of the same name apart.</summary>
public sealed record HouseholdPick(int Id, string Name, string IdNumberMasked, string UnitName, string? Region, bool IsRemote, HardshipLevel Level);
