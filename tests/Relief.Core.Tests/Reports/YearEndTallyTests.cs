using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Tests.Grants;

namespace Relief.Core.Tests.Reports;

/// <summary>
/// The summary's grant figures come from the campaign tallies: after payments — one household paid by two units, a
/// category paid twice to one household — and after a unit moves in the tree, every figure must still equal the
/// direct queries, for the whole tree, the company and each branch.
/// </summary>
public sealed class YearEndTallyTests : IAsyncLifetime
{
    private WorkflowDatabase _world = null!;

    public async Task InitializeAsync() => _world = await WorkflowDatabase.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Paid_figures_equal_direct_queries_at_every_scope_and_after_a_unit_moves()
    {
        // 张三明 (branch A) is paid twice in one category, by his branch and by the company; 王五 (branch B) once.
        var zhang = await _world.ApplyAsync("张三明");
        _world.ActAs(_world.CompanyOfficer);
        var byCompany = (await _world.Service<GrantService, ServiceResult<int>>(s => s.ApplyAsync(
            _world.Application("张三明", GrantKind.HolidayCondolence, HouseholdCategory.ExtremeHardshipEmployee, 600m) with { OrgUnitId = _world.Company.Id }))).Succeeded();
        var wang = await _world.ApplyAsync("王五", 1500m);
        var li = await _world.ApplyAsync("李四", 1000m, category: HouseholdCategory.HardshipEmployee);
        var meeting = await _world.MeetingAsync();
        await _world.AttachAsync(meeting, zhang, byCompany, wang, li);
        foreach (var grant in new[] { zhang, byCompany, wang, li }) await _world.ApproveAsync(meeting, grant, _world.OwnFundsId);
        var notice = await _world.PostNoticeAsync(WorkflowDatabase.Today.AddDays(-20), meeting);
        await _world.CloseNoticeAsync(notice);
        _world.ActAs(_world.CompanyOfficer);
        foreach (var grant in new[] { zhang, byCompany, wang })
            (await _world.Service<DisbursementService, ServiceResult<int>>(s => s.PayAsync(WorkflowSteps.Payment(grant)))).Succeeded();

        var atRoot = await AssertEveryScopeAsync();
        Assert.Equal(2, atRoot.HouseholdsHelped);
        Assert.Equal(2, atRoot.Categories.Single(c => c.Category == HouseholdCategory.ExtremeHardshipEmployee).Households);
        Assert.Equal(1, atRoot.CondolenceRecipients);
        Assert.Equal(2, atRoot.ExtremeHardshipEmployees);
        // Four approved grants, but 张三明 holds two of them: three people.
        Assert.Equal(4, atRoot.ApprovedGrants);
        Assert.Equal(3, atRoot.ApprovedPeople);
        Assert.Equal(3, atRoot.Kinds.Sum(k => k.Grants));

        _world.ActAs(SystemActor.For("test set-up"));
        var unit = await _world.Service<OrgUnitService, OrgUnitNode>(s => s.GetAsync(_world.BranchA.Id));
        (await _world.Service<OrgUnitService, ServiceResult<int>>(s => s.UpdateAsync(_world.BranchA.Id, new OrgUnitInput
        {
            ParentId = _world.BranchB.Id, Name = unit.Name, Kind = unit.Kind, Version = unit.Version,
        }))).Succeeded();
        _world.BranchA.Path = await _world.WithDbAsync(db => db.OrgUnits.Where(u => u.Id == _world.BranchA.Id).Select(u => u.Path).SingleAsync());
        Assert.StartsWith(_world.BranchB.Path, _world.BranchA.Path, StringComparison.Ordinal);

        await AssertEveryScopeAsync();
        _world.ActAs(WorkflowDatabase.User(_world.BranchB, Roles.Officer));
        var branchB = await _world.Service<YearEndQuery, YearEndFigures>(s => s.GetAsync(_world.CampaignId));
        Assert.Equal(2, branchB.HouseholdsHelped);
    }

    /// <returns>The figures at the root.</returns>
    private async Task<YearEndFigures> AssertEveryScopeAsync()
    {
        YearEndFigures? atRoot = null;
        foreach (var reader in new[] { SystemActor.For("test set-up"), _world.Chair, WorkflowDatabase.User(_world.BranchA, Roles.Officer), WorkflowDatabase.User(_world.BranchB, Roles.Officer) })
        {
            _world.ActAs(reader);
            var actual = DirectFigures.Ordered(await _world.Service<YearEndQuery, YearEndFigures>(s => s.GetAsync(_world.CampaignId)));
            var expected = await _world.WithDbAsync(db => DirectFigures.ComputeAsync(db, _world.CampaignId, reader.ScopePath));
            string[] grantFigures =
            [
                nameof(YearEndFigures.Categories), nameof(YearEndFigures.Kinds), nameof(YearEndFigures.HouseholdsHelped), nameof(YearEndFigures.CashTotal),
                nameof(YearEndFigures.InKindTotal), nameof(YearEndFigures.HardshipEmployees), nameof(YearEndFigures.HardshipAmount),
                nameof(YearEndFigures.ExtremeHardshipEmployees), nameof(YearEndFigures.CondolenceRecipients), nameof(YearEndFigures.CondolenceAmount),
                nameof(YearEndFigures.ExtremeHouseholdAverage), nameof(YearEndFigures.Applications), nameof(YearEndFigures.ApprovedPeople),
                nameof(YearEndFigures.ApprovedGrants), nameof(YearEndFigures.HardshipSubsidyPersons), nameof(YearEndFigures.HardshipSubsidyCategories),
                nameof(YearEndFigures.CondolenceCategories), nameof(YearEndFigures.ExtremeVisitedPaidHouseholds), nameof(YearEndFigures.ExtremeVisitedPaidAmount),
                nameof(YearEndFigures.ApprovedAmount), nameof(YearEndFigures.Rejected), nameof(YearEndFigures.HouseholdsVisited),
            ];
            foreach (var property in typeof(YearEndFigures).GetProperties().Where(p => grantFigures.Contains(p.Name)))
            {
                var wanted = property.GetValue(expected);
                var got = property.GetValue(actual);
                if (wanted is System.Collections.IEnumerable lines)
                    Assert.True(lines.Cast<object>().SequenceEqual(((System.Collections.IEnumerable)got!).Cast<object>()),
                        $"{reader.ScopePath} {property.Name}: expected [{string.Join("; ", lines.Cast<object>())}], got [{string.Join("; ", ((System.Collections.IEnumerable)got!).Cast<object>())}]");
                else
                    Assert.True(Equals(wanted, got), $"{reader.ScopePath} {property.Name}: expected {wanted}, got {got}");
            }
            atRoot ??= actual;
        }
        return atRoot!;
    }
}
