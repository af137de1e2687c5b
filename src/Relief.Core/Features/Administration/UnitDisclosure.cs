using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;

namespace Relief.Core.Features.Administration;

/// <summary>
/// What a user may be told about a unit found by a check that reads past their scope (the one-file-per-person check,
/// one grant per household and kind, help from other units). A unit in their scope, or above them (whose name they see
/// anyway), is named. Any other unit is not: the user learns only that the record is elsewhere and which unit above
/// both of them to ask, the lowest unit whose scope covers both.
/// </summary>
public static class UnitDisclosure
{
    /// <summary>Whether the user may be told this unit's name: it is in their scope or above their unit.</summary>
    public static bool MayName(ICurrentUser user, string unitPath) =>
        unitPath.StartsWith(user.ScopePath, StringComparison.Ordinal) || user.ScopePath.StartsWith(unitPath, StringComparison.Ordinal);

    /// <summary>"/1/4/9/" and "/1/4/12/" → "/1/4/": the path of the lowest unit above (or equal to) both.</summary>
    public static string CommonAncestorPath(string first, string second)
    {
        var shared = 0;
        for (var i = 0; i < Math.Min(first.Length, second.Length) && first[i] == second[i]; i++)
        {
            if (first[i] == '/') shared = i + 1;
        }
        return first[..shared];
    }

    /// <summary>
    /// The name to tell for each unit path: the unit's own name where <see cref="MayName"/>, otherwise null, with the
    /// name of the unit to ask (the lowest common ancestor of the user's unit and the other one).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, Disclosed>> DiscloseAsync(
        ReliefDbContext db, ICurrentUser user, IReadOnlyCollection<string> unitPaths, CancellationToken ct)
    {
        var askPaths = unitPaths.Distinct().ToDictionary(path => path, path => MayName(user, path) ? path : CommonAncestorPath(user.ScopePath, path));
        var wanted = askPaths.Values.Distinct().ToList();
        // Unit names carry no scope filter: the names of the units above a user are shown to them.
        var names = await db.OrgUnits.AsNoTracking().Where(u => wanted.Contains(u.Path)).Select(u => new { u.Path, u.Name }).ToListAsync(ct);
        var nameOf = names.ToDictionary(u => u.Path, u => u.Name, StringComparer.Ordinal);
        return askPaths.ToDictionary(
            pair => pair.Key,
            pair => MayName(user, pair.Key)
                ? new Disclosed(nameOf.GetValueOrDefault(pair.Key) ?? "", null)
                : new Disclosed(null, nameOf.GetValueOrDefault(pair.Value) ?? ""),
            StringComparer.Ordinal);
    }

    public static async Task<Disclosed> DiscloseAsync(ReliefDbContext db, ICurrentUser user, string unitPath, CancellationToken ct) =>
        (await DiscloseAsync(db, user, [unitPath], ct))[unitPath];
}
