using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Tests.DemoData;

namespace Relief.Core.Tests.Data;

/// <summary>
/// The unit scope is the model's, not each query's: every entity with a unit carries the <see cref="UnitScope"/> filter
/// (or is listed, with its reason, as deliberately unfiltered), and a branch officer reading any of them through the
/// bare DbSet, with no condition of their own, gets only their subtree.
/// </summary>
public sealed class UnitScopeTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private const string BranchOfficer = "officer";

    [Fact]
    public async Task Every_entity_with_a_unit_carries_the_scope_filter_or_a_stated_reason()
    {
        var missing = await seeded.Database.InScopeAsync(sp =>
        {
            var model = sp.GetRequiredService<ReliefDbContext>().Model;
            return Task.FromResult(UnitOwnedTypes(model)
                .Where(t => !UnitScopeFilters.IsScoped(t) && !UnitScopeFilters.Unfiltered.ContainsKey(t.ClrType))
                .Select(t => t.ClrType.Name).ToList());
        });
        Assert.Empty(missing);
    }

    [Fact]
    public async Task A_branch_officer_reads_only_their_subtree_from_every_scoped_entity()
    {
        var (officer, paths, scoped) = await seeded.Database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == BranchOfficer);
            var unitPaths = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path);
            ICurrentUser reader = new FixedCurrentUser(user.Id, user.DisplayName, user.OrgUnitId, unitPaths[user.OrgUnitId], Roles.Officer);
            return (reader, unitPaths, db.Model.GetEntityTypes().Where(UnitScopeFilters.IsScoped).Select(t => t.ClrType).ToList());
        });
        Assert.True(scoped.Count >= 15, $"only {scoped.Count} scoped entities");
        var scope = officer.ScopePath;
        var outsideSeen = new List<string>();
        foreach (var type in scoped)
        {
            var all = await UnitsOfAsync(type, SystemActor.For("test: every row"));
            var read = await UnitsOfAsync(type, officer);
            var wrong = read.Where(unit => !Visible(type, unit, paths, scope)).ToList();
            Assert.True(wrong.Count == 0, $"{type.Name}: a branch officer read {wrong.Count} rows of units outside their scope");
            Assert.Equal(all.Count(unit => Visible(type, unit, paths, scope)), read.Count);
            if (all.Count > read.Count) outsideSeen.Add(type.Name);
        }
        // The demo has two branches with their own records: the test is not met by empty tables.
        Assert.True(outsideSeen.Count >= 5, $"rows outside the branch in only: {string.Join(", ", outsideSeen)}");
    }

    [Fact]
    public async Task Each_reader_gets_only_their_own_form_of_the_scope_in_SQL()
    {
        var officer = await seeded.Database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == BranchOfficer);
            var path = await db.OrgUnits.Where(u => u.Id == user.OrgUnitId).Select(u => u.Path).SingleAsync();
            return new FixedCurrentUser(user.Id, user.DisplayName, user.OrgUnitId, path, Roles.Officer);
        });
        var system = await SqlOfGrantsAsync(SystemActor.For("test: SQL of the whole tree"));
        var branch = await SqlOfGrantsAsync(officer);

        // The forms are chosen by constants (EF.Constant), so the system's query has no condition at all, and a branch's
        // lists its units first (the plan docs/performance.md measured), with nothing of the root's form.
        // Quotes dropped: PostgreSQL's SQL leaves an alias such as g unquoted, SQLite's quotes it.
        Assert.DoesNotContain("\nWHERE ", system, StringComparison.Ordinal);
        Assert.Contains("\nWHERE g.OrgUnitId IN (", branch.Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("EXISTS", branch, StringComparison.Ordinal);
    }

    private async Task<string> SqlOfGrantsAsync(ICurrentUser reader)
    {
        seeded.Database.CurrentUser.Acting = reader;
        try
        {
            return await seeded.Database.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ReliefDbContext>().Grants.ToQueryString()));
        }
        finally
        {
            seeded.Database.CurrentUser.Acting = SystemActor.For("test set-up");
        }
    }

    private static bool Visible(Type type, int? unitId, Dictionary<int, string> paths, string scope)
    {
        if (unitId is not { } id) return type == typeof(AuditEntry);
        var path = paths[id];
        return path.StartsWith(scope, StringComparison.Ordinal)
            || (type == typeof(Campaign) && scope.StartsWith(path, StringComparison.Ordinal));
    }

    private async Task<List<int?>> UnitsOfAsync(Type type, ICurrentUser reader)
    {
        seeded.Database.CurrentUser.Acting = reader;
        try
        {
            return await seeded.Database.InScopeAsync(sp =>
            {
                var db = sp.GetRequiredService<ReliefDbContext>();
                var read = typeof(UnitScopeTests).GetMethod(nameof(UnitsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(type);
                return (Task<List<int?>>)read.Invoke(null, [db])!;
            });
        }
        finally
        {
            seeded.Database.CurrentUser.Acting = SystemActor.For("test set-up");
        }
    }

    // The bare DbSet with no condition: whatever scope the reader gets comes from the model.
    private static Task<List<int?>> UnitsAsync<T>(ReliefDbContext db) where T : class =>
        db.Model.FindEntityType(typeof(T))!.FindProperty(nameof(IUnitOwned.OrgUnitId))!.ClrType == typeof(int)
            ? db.Set<T>().AsNoTracking().Select(x => (int?)EF.Property<int>(x, nameof(IUnitOwned.OrgUnitId))).ToListAsync()
            : db.Set<T>().AsNoTracking().Select(x => EF.Property<int?>(x, nameof(IUnitOwned.OrgUnitId))).ToListAsync();

    /// <summary>Entities that belong to a unit: they say so (<see cref="IUnitOwned"/>) or they have a unit column.</summary>
    private static IEnumerable<IEntityType> UnitOwnedTypes(IModel model) =>
        model.GetEntityTypes().Where(t => t.BaseType is null
            && (typeof(IUnitOwned).IsAssignableFrom(t.ClrType) || t.FindProperty(nameof(IUnitOwned.OrgUnitId)) is not null));
}
