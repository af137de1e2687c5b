using Relief.Core.Features.Households;

namespace Relief.Core.Features.Grants;

/// <summary>What an application needs to know about the household's file.</summary>
public sealed record ApplicantHousehold(int Id, string Name, int OrgUnitId, string UnitPath, HouseholdStatus Status, List<HouseholdCategory> Categories);
