using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Core.Common;

public static class ScopeExtensions
{
    /// <summary>
    /// Keeps only records of the user's unit and the units below it. Every service query over unit-owned
    /// records goes through this, so scope is enforced in the database, not in the pages.
    /// </summary>
    public static IQueryable<T> InScope<T>(this IQueryable<T> query, ReliefDbContext db, ICurrentUser user) where T : class, IUnitOwned
    {
        var scope = user.ScopePath;
        return query.Where(x => db.OrgUnits.Any(u => u.Id == x.OrgUnitId && u.Path.StartsWith(scope)));
    }

    public static IQueryable<OrgUnit> InScope(this IQueryable<OrgUnit> units, ICurrentUser user)
    {
        var scope = user.ScopePath;
        return units.Where(u => u.Path.StartsWith(scope));
    }
}
