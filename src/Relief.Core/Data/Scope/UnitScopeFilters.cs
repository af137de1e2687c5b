using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;

namespace Relief.Core.Data.Scope;

/// <summary>
/// Puts the <see cref="UnitScope.FilterName"/> filter on every unit-owned entity of the model. The filters read the
/// acting user's scope from the context at every query (<see cref="ReliefDbContext"/>'s scope parameters).
/// </summary>
/// <remarks>
/// Exactly one of the three forms below applies to a user. The test that picks the form is an EF.Constant, so EF
/// writes (and caches) the SQL with only the user's own form in it: a parameter there would leave all three forms in
/// every query, and the database would plan for the widest. The forms keep the same rows and differ in
/// the plan the database picks: a branch's scope holds a small share of the rows, so listing its units first and
/// looking their records up by unit reads only those (a grassroots chair's page of households: 1.5 ms instead of
/// 26-356 ms among 200,000 files); a root's scope is every unit when there is one root, and then no row's unit is
/// looked up at all (counting a province's 200,000 grants: one index instead of 200,000 units); the system reads
/// everything with no condition. docs/performance.md has the timings.
/// </remarks>
public static class UnitScopeFilters
{
    /// <summary>
    /// Entities with a unit that are deliberately not filtered, and why. Every other entity with an OrgUnitId is
    /// filtered; the scope completeness test holds the model to this list.
    /// </summary>
    public static readonly IReadOnlyDictionary<Type, string> Unfiltered = new Dictionary<Type, string>
    {
        [typeof(ReliefUser)] = "Identity's own store finds any user by name at sign-in; UserAdminService scopes the user lists.",
        [typeof(OrgUnit)] = "The tree itself: the names of the units above a user (a campaign's organizer) are shown to everyone below them; lists of units to choose from are scoped by OrgUnitScope.InScope.",
    };

    internal static void Apply(ModelBuilder builder, ReliefDbContext context)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null).ToList())
        {
            var clrType = entityType.ClrType;
            if (clrType == typeof(Campaign))
                builder.Entity<Campaign>().HasQueryFilter(UnitScope.FilterName, CampaignVisible(context));
            else if (clrType == typeof(AuditEntry))
                builder.Entity<AuditEntry>().HasQueryFilter(UnitScope.FilterName, AuditEntryInScope(context));
            else if (typeof(IUnitOwned).IsAssignableFrom(clrType) && !Unfiltered.ContainsKey(clrType))
                ApplyOwnedMethod.MakeGenericMethod(clrType).Invoke(null, [builder, context]);
        }
    }

    private static readonly System.Reflection.MethodInfo ApplyOwnedMethod =
        typeof(UnitScopeFilters).GetMethod(nameof(ApplyOwned), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static void ApplyOwned<T>(ModelBuilder builder, ReliefDbContext context) where T : class, IUnitOwned =>
        builder.Entity<T>().HasQueryFilter(UnitScope.FilterName, UnitInScope<T>(context));

    private static Expression<Func<T, bool>> UnitInScope<T>(ReliefDbContext db) where T : class, IUnitOwned =>
        x => EF.Constant(db.ScopeAll != null)
            || (EF.Constant(db.ScopeRoot != null)
                && (!db.OrgUnits.Any(u => !u.Path.StartsWith(db.ScopeRoot!)) || db.OrgUnits.Any(u => u.Id == x.OrgUnitId && u.Path.StartsWith(db.ScopeRoot!))))
            || (EF.Constant(db.ScopeBranch != null)
                && db.OrgUnits.Where(u => u.Path.StartsWith(db.ScopeBranch!)).Select(u => u.Id).Contains(x.OrgUnitId));

    /// <summary>Campaigns a user works in: organized by their unit, a unit above it or a unit below it.</summary>
    private static Expression<Func<Campaign, bool>> CampaignVisible(ReliefDbContext db) =>
        c => EF.Constant(db.ScopeAll != null)
            || db.OrgUnits.Any(u => u.Id == c.OrgUnitId && (db.ScopeAncestors.Contains(u.Path) || u.Path.StartsWith(db.ScopePath)));

    /// <summary>
    /// Entries of a unit within the scope; entries tied to no unit (roles, fund sources, detail rows) pass here and
    /// AuditLogService shows them to administrators and root auditors only, a rule of roles, not of units.
    /// </summary>
    private static Expression<Func<AuditEntry, bool>> AuditEntryInScope(ReliefDbContext db) =>
        a => EF.Constant(db.ScopeAll != null)
            || a.OrgUnitId == null
            || db.OrgUnits.Any(u => u.Id == a.OrgUnitId && u.Path.StartsWith(db.ScopePath));

    /// <summary>Whether an entity type of the model carries the unit scope filter.</summary>
    public static bool IsScoped(IReadOnlyEntityType entityType) =>
        entityType.GetDeclaredQueryFilters().Any(f => f.Key == UnitScope.FilterName);
}
