using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Visits;

public static class PeopleQueries
{
    /// <summary>
    /// Active users a user may name as a visitor or owner: those of the units above them (the chair of the company
    /// visits with a branch officer) and of their own unit and the units below it. <paramref name="onlyIds"/> narrows it.
    /// </summary>
    public static Task<List<PersonChoice>> PeopleAsync(this ReliefDbContext db, ICurrentUser user, IEnumerable<string>? onlyIds, CancellationToken ct)
    {
        var scope = user.ScopePath;
        var ancestors = UnitScope.AncestorPaths(scope);
        var people = from u in db.Users.AsNoTracking()
                     join unit in db.OrgUnits on u.OrgUnitId equals unit.Id
                     where u.IsActive && (ancestors.Contains(unit.Path) || unit.Path.StartsWith(scope))
                     select new { u.Id, u.DisplayName, u.Title, UnitName = unit.Name, unit.Path };
        if (onlyIds is not null)
        {
            var wanted = onlyIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToList();
            people = people.Where(p => wanted.Contains(p.Id));
        }
        return people.OrderBy(p => p.Path).ThenBy(p => p.DisplayName)
            .Select(p => new PersonChoice(p.Id, p.DisplayName, p.Title, p.UnitName))
            .ToListAsync(ct);
    }
}
