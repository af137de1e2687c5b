using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Notices;

/// <summary>
/// One line of a notice as it is posted: name (masked if the notice says so), unit, category, kind, amount. Nothing
/// else ever: no ID number, no address, no illness.
/// </summary>
public sealed record NoticeRow(int GrantId, string Name, string UnitName, HouseholdCategory Category, GrantKind Kind, decimal Amount);
