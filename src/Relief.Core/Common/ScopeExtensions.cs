using Relief.Core.Features.Administration;

namespace Relief.Core.Common;

public static class ScopeExtensions
{
    /// <summary>
    /// The units of the user's unit and below it: the units a user may choose from (to file a household under, to
    /// give a quota to). Units themselves carry no scope filter, since the names of the units above a user are shown
    /// to them (docs/architecture.md); every unit-owned record is scoped by the model's filter (Data/Scope/UnitScope).
    /// </summary>
    public static IQueryable<OrgUnit> InScope(this IQueryable<OrgUnit> units, ICurrentUser user)
    {
        var scope = user.ScopePath;
        return units.Where(u => u.Path.StartsWith(scope));
    }
}
