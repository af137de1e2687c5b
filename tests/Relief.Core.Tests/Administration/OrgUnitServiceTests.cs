using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Administration;

public sealed class OrgUnitServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private int _root;
    private int _company;
    private int _branchA;
    private int _branchB;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _root = await CreateAsync(null, "市总工会", OrgUnitKind.Federation);
        _company = await CreateAsync(_root, "公司工会", OrgUnitKind.Grassroots);
        _branchA = await CreateAsync(_company, "甲分工会", OrgUnitKind.Branch);
        _branchB = await CreateAsync(_company, "乙分工会", OrgUnitKind.Branch);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Moving_a_unit_rewrites_the_paths_of_its_whole_subtree()
    {
        var team = await CreateAsync(_branchA, "甲一班组", OrgUnitKind.Branch);
        var node = await ServiceAsync(s => s.GetAsync(_branchA));

        var moved = await ServiceAsync(s => s.UpdateAsync(_branchA, new OrgUnitInput { Name = "甲分工会", Kind = OrgUnitKind.Branch, ParentId = _branchB, Version = node.Version }));
        Assert.True(moved.Succeeded);

        var paths = await _database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().OrgUnits.ToDictionaryAsync(u => u.Id, u => u.Path));
        Assert.Equal($"/{_root}/{_company}/{_branchB}/{_branchA}/", paths[_branchA]);
        Assert.Equal($"/{_root}/{_company}/{_branchB}/{_branchA}/{team}/", paths[team]);
    }

    [Fact]
    public async Task A_unit_cannot_move_under_itself_or_its_descendants()
    {
        var team = await CreateAsync(_branchA, "甲一班组", OrgUnitKind.Branch);
        var node = await ServiceAsync(s => s.GetAsync(_branchA));
        var result = await ServiceAsync(s => s.UpdateAsync(_branchA, new OrgUnitInput { Name = "甲分工会", ParentId = team, Version = node.Version }));
        Assert.False(result.Succeeded);
        Assert.Equal(nameof(OrgUnitInput.ParentId), result.Validation.Errors.Single().PropertyName);
    }

    [Fact]
    public async Task A_unit_with_active_sub_units_is_not_deactivated_and_says_why()
    {
        var node = await ServiceAsync(s => s.GetAsync(_company));
        var result = await ServiceAsync(s => s.SetActiveAsync(_company, false, node.Version));
        Assert.False(result.Succeeded);
        Assert.Contains("2", result.Validation.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.True((await ServiceAsync(s => s.GetAsync(_company))).IsActive);
    }

    [Fact]
    public async Task A_branch_administrator_sees_only_their_branch_and_gets_not_found_for_the_other()
    {
        _database.CurrentUser.Acting = new FixedCurrentUser("u1", "甲管理员", _branchA, $"/{_root}/{_company}/{_branchA}/", Roles.Administrator);
        var tree = await ServiceAsync(s => s.GetTreeAsync());
        Assert.Equal([_branchA], tree.Select(u => u.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => ServiceAsync(s => s.GetAsync(_branchB)));
        await Assert.ThrowsAsync<NotFoundException>(() => ServiceAsync(s => s.SetActiveAsync(_branchB, false, Guid.Empty)));
    }

    [Fact]
    public async Task A_stale_rename_is_a_conflict_and_the_first_rename_stays()
    {
        var loaded = await ServiceAsync(s => s.GetAsync(_branchB));
        Assert.True((await ServiceAsync(s => s.UpdateAsync(_branchB, new OrgUnitInput { Name = "乙一", Kind = OrgUnitKind.Branch, ParentId = _company, Version = loaded.Version }))).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            ServiceAsync(s => s.UpdateAsync(_branchB, new OrgUnitInput { Name = "乙二", Kind = OrgUnitKind.Branch, ParentId = _company, Version = loaded.Version })));
        Assert.Equal("乙一", (await ServiceAsync(s => s.GetAsync(_branchB))).Name);
    }

    private async Task<int> CreateAsync(int? parentId, string name, OrgUnitKind kind)
    {
        if (parentId is null)
        {
            return await _database.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<ReliefDbContext>();
                var unit = new OrgUnit { Name = name, Kind = kind, Path = $"/pending-{Guid.NewGuid():N}/" };
                db.OrgUnits.Add(unit);
                await db.SaveChangesAsync();
                unit.Path = OrgUnit.ChildPath("/", unit.Id);
                await db.SaveChangesAsync();
                return unit.Id;
            });
        }
        var result = await ServiceAsync(s => s.CreateAsync(new OrgUnitInput { ParentId = parentId, Name = name, Kind = kind }));
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        return result.Value;
    }

    private Task<T> ServiceAsync<T>(Func<OrgUnitService, Task<T>> work) =>
        _database.InScopeAsync(sp => work(sp.GetRequiredService<OrgUnitService>()));
}
