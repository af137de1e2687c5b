using Microsoft.EntityFrameworkCore;

namespace Relief.Core.Data.Scope;

/// <summary>
/// The union-unit scope every query runs under: a user reads the records of their unit and the units below it
/// (campaigns also of the units above: a federation's campaign reaches every branch). It is the named global query
/// filter <see cref="FilterName"/> on every unit-owned entity (<see cref="UnitScopeFilters"/>), so a query that forgets
/// the scope is still scoped. Code that must see past it says so with <see cref="OutsideUnitScope{T}"/>, which names
/// the filter: grep for <c>OutsideUnitScope</c> to find every place that does.
/// </summary>
public static class UnitScope
{
    public const string FilterName = "UnitScope";

    /// <summary>
    /// This query reads across the whole tree whatever the acting user's scope: the tallies (sums over every unit),
    /// the one-file-per-person check, and start-up upkeep. Never for showing records to a user.
    /// </summary>
    public static IQueryable<T> OutsideUnitScope<T>(this IQueryable<T> query) where T : class =>
        query.IgnoreQueryFilters([FilterName]);

    /// <summary>"/1/4/9/" → "/", "/1/", "/1/4/", "/1/4/9/": the paths of a unit and every unit above it.</summary>
    public static List<string> AncestorPaths(string path)
    {
        var paths = new List<string> { "/" };
        for (var i = 1; i < path.Length; i++)
        {
            if (path[i] == '/') paths.Add(path[..(i + 1)]);
        }
        return paths;
    }

    /// <summary>"/" (the system) or a root unit's "/{id}/".</summary>
    internal static bool IsWholeTreeForm(string scopePath) => scopePath.Count(c => c == '/') <= 2;
}
