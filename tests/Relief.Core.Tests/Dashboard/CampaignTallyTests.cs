using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Data.Tallies;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Dashboard;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;
using Relief.Core.Features.Visits;
using Relief.Core.Tests.Grants;

namespace Relief.Core.Tests.Dashboard;

/// <summary>
/// The dashboard reads tallies kept by every save. After each step of the workflow — and after the awkward cases: a
/// household helped by two units, a unit moved in the tree, a save that fails — the figures must equal the same figures
/// counted directly from the grants and visits, for the whole tree, the company and a branch, and the tallies must
/// equal a recount from scratch.
/// </summary>
public sealed class CampaignTallyTests : IAsyncLifetime
{
    private WorkflowDatabase _world = null!;

    public async Task InitializeAsync() => _world = await WorkflowDatabase.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task AssertFiguresAsync()
    {
        foreach (var reader in new[] { SystemActor.For("test set-up"), _world.Chair, WorkflowDatabase.User(_world.BranchA, Roles.Officer), WorkflowDatabase.User(_world.BranchB, Roles.Officer) })
        {
            _world.ActAs(reader);
            var figures = await _world.Service<CampaignFigures, DashboardFigures>(s => s.GetAsync(_world.CampaignId));
            await _world.WithDbAsync(async db =>
            {
                await DirectFigures.AssertEqualAsync(db, _world.CampaignId, reader.ScopePath, figures);
                return true;
            });
        }
        _world.ActAs(SystemActor.For("test set-up"));
        await _world.WithDbAsync(async db =>
        {
            await DirectFigures.AssertTalliesMatchRecountAsync(db, _world.CampaignId);
            return true;
        });
    }

    [Fact]
    public async Task Figures_follow_every_step_of_the_workflow()
    {
        await AssertFiguresAsync();

        var zhang = await _world.ApplyAsync("张三明");
        var zhangIllness = await _world.ApplyAsync("张三明", 3000m, GrantKind.SeriousIllnessAid, HouseholdCategory.SeriousIllness);
        var li = await _world.ApplyAsync("李四", 1000m, category: HouseholdCategory.HardshipEmployee);
        var wang = await _world.ApplyAsync("王五");
        var zhao = await _world.ApplyAsync("赵六", 500m, GrantKind.HolidayCondolence, HouseholdCategory.Retiree);
        await AssertFiguresAsync();

        var meeting = await _world.MeetingAsync();
        await _world.AttachAsync(meeting, zhang, zhangIllness, li, wang, zhao);
        await _world.ApproveAsync(meeting, zhang, _world.OwnFundsId);
        await _world.ApproveAsync(meeting, zhangIllness, _world.OwnFundsId, 2500m);
        await _world.ApproveAsync(meeting, wang, _world.OwnFundsId);
        await _world.ApproveAsync(meeting, zhao, _world.DonationId);
        var rejection = new DecisionInput { GrantId = li, Outcome = DecisionOutcome.Rejected, Reason = "家庭收入已超过认定标准", GrantVersion = (await _world.GrantAsync(li)).Version };
        _world.ActAs(_world.Chair);
        (await _world.Service<CommitteeService, ServiceResult<int>>(s => s.DecideAsync(meeting, rejection))).Succeeded();
        await AssertFiguresAsync();

        var notice = await _world.PostNoticeAsync(WorkflowDatabase.Today.AddDays(-20), meeting);
        await AssertFiguresAsync();

        // Objections upheld: 王五's grant rejected, 赵六's amount changed (back to Applied, to be decided again).
        await UpholdAsync(notice, wang, UpheldAction.RejectGrant, null);
        await UpholdAsync(notice, zhao, UpheldAction.ChangeAmount, 400m);
        await AssertFiguresAsync();

        await _world.CloseNoticeAsync(notice);
        _world.ActAs(_world.CompanyOfficer);
        (await _world.Service<DisbursementService, ServiceResult<int>>(s => s.PayAsync(WorkflowSteps.Payment(zhang)))).Succeeded();
        await AssertFiguresAsync();

        // A visit to two households, one paid on the spot.
        _world.ActAs(_world.OfficerA);
        (await _world.Service<VisitService, ServiceResult<int>>(s => s.RecordAsync(new VisitInput
        {
            CampaignId = _world.CampaignId,
            OrgUnitId = _world.BranchA.Id,
            Kind = VisitKind.Home,
            VisitedOn = WorkflowDatabase.Today,
            HouseholdIds = [_world.Households["张三明"], _world.Households["欧阳小明"]],
            Visitors = [new VisitorInput { Name = "陈国华", Title = "工会主席", IsLeader = true }],
            HandOverGrantIds = [zhangIllness],
        }))).Succeeded();
        var lines = await _world.WithDbAsync(db => db.VisitHouseholds.AsNoTracking().Select(v => v.CampaignId).ToListAsync());
        Assert.Equal([_world.CampaignId, _world.CampaignId], lines);
        await AssertFiguresAsync();

        var withdrawn = await _world.ApplyAsync("欧阳小明");
        _world.ActAs(_world.OfficerA);
        var version = (await _world.GrantAsync(withdrawn)).Version;
        (await _world.Service<GrantService, ServiceResult<int>>(s => s.WithdrawAsync(withdrawn, "家庭情况好转", version))).Succeeded();
        await AssertFiguresAsync();
    }

    [Fact]
    public async Task A_household_helped_by_two_units_counts_once_above_them()
    {
        var branchGrant = await _world.ApplyAsync("张三明");
        // The company applies directly for the same household, for another kind.
        _world.ActAs(_world.CompanyOfficer);
        var input = _world.Application("张三明", GrantKind.SeriousIllnessAid, HouseholdCategory.SeriousIllness, 3000m) with { OrgUnitId = _world.Company.Id };
        var companyGrant = (await _world.Service<GrantService, ServiceResult<int>>(s => s.ApplyAsync(input))).Succeeded();
        var meeting = await _world.MeetingAsync();
        await _world.AttachAsync(meeting, branchGrant, companyGrant);
        await _world.ApproveAsync(meeting, branchGrant, _world.OwnFundsId);
        await _world.ApproveAsync(meeting, companyGrant, _world.OwnFundsId);

        _world.ActAs(_world.Chair);
        var figures = await _world.Service<CampaignFigures, DashboardFigures>(s => s.GetAsync(_world.CampaignId));
        Assert.Equal(2, figures.ByUnit.Count);
        Assert.All(figures.ByUnit, unit => Assert.Equal(1, unit.Households));
        Assert.Equal(1, figures.Progress.Single(p => p.Step == WorkStep.Approved).Households);
        await AssertFiguresAsync();
    }

    [Fact]
    public async Task Moving_a_unit_moves_its_figures_to_the_new_parent()
    {
        var grant = await _world.ApprovedGrantAsync("欧阳小明", 1000m);
        await _world.ApplyAsync("张三明");
        _world.ActAs(SystemActor.For("test set-up"));
        var unit = await _world.Service<OrgUnitService, OrgUnitNode>(s => s.GetAsync(_world.BranchA.Id));
        (await _world.Service<OrgUnitService, ServiceResult<int>>(s => s.UpdateAsync(_world.BranchA.Id, new OrgUnitInput
        {
            ParentId = _world.BranchB.Id, Name = unit.Name, Kind = unit.Kind, Version = unit.Version,
        }))).Succeeded();
        var movedPath = await _world.WithDbAsync(db => db.OrgUnits.Where(u => u.Id == _world.BranchA.Id).Select(u => u.Path).SingleAsync());
        Assert.StartsWith(_world.BranchB.Path, movedPath, StringComparison.Ordinal);

        _world.ActAs(WorkflowDatabase.User(_world.BranchB, Roles.Officer));
        var branchB = await _world.Service<CampaignFigures, DashboardFigures>(s => s.GetAsync(_world.CampaignId));
        Assert.Equal(2, branchB.Applications);
        Assert.Equal(1000m, branchB.ApprovedAmount);
        Assert.Contains(branchB.ByUnit, u => u.OrgUnitId == _world.BranchA.Id && u.Amount == 1000m);
        Assert.True(grant > 0);
        await AssertFiguresAsync();
    }

    [Fact]
    public async Task A_save_that_fails_leaves_the_tallies_as_they_were()
    {
        var grant = await _world.ApplyAsync("张三明");
        var before = await TalliesAsync();

        // A stale version: the second officer's edit is refused as a conflict, and nothing is counted.
        _world.ActAs(_world.OfficerA);
        var stale = await _world.Service<GrantService, GrantInput>(s => s.GetForEditAsync(grant));
        (await _world.Service<GrantService, ServiceResult<int>>(s => s.UpdateApplicationAsync(grant, stale with { CashAmount = 1500m, Category = HouseholdCategory.SeriousIllness }))).Succeeded();
        var afterFirst = await TalliesAsync();
        Assert.NotEqual(before, afterFirst);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            _world.Service<GrantService, ServiceResult<int>>(s => s.UpdateApplicationAsync(grant, stale with { CashAmount = 1800m })));
        Assert.Equal(afterFirst, await TalliesAsync());

        // A save inside the caller's transaction, rolled back: the tallies go back with it.
        await _world.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var row = await db.Grants.SingleAsync(g => g.Id == grant);
            row.Status = GrantStatus.Withdrawn;
            await db.SaveChangesAsync();
            Assert.Contains(await db.CampaignTallies.AsNoTracking().ToListAsync(), t => t.Measure == TallyMeasure.Grants && t.Status == GrantStatus.Withdrawn);
            await transaction.RollbackAsync();
            return true;
        });
        Assert.Equal(afterFirst, await TalliesAsync());
        await AssertFiguresAsync();
    }

    [Fact]
    public async Task Tallies_missing_from_an_older_database_are_counted_at_start_up()
    {
        await _world.ApprovedGrantAsync("王五", 1000m);
        var kept = await TalliesAsync();
        await _world.WithDbAsync(db => db.CampaignTallies.ExecuteDeleteAsync());

        var counted = await _world.WithDbAsync(db => CampaignTallyKeeper.FillMissingAsync(db));

        Assert.Equal(1, counted);
        Assert.Equal(kept, await TalliesAsync());
        Assert.Equal(0, await _world.WithDbAsync(db => CampaignTallyKeeper.FillMissingAsync(db)));
    }

    [Fact]
    public async Task A_bulk_load_with_the_keeper_off_writes_no_tallies_and_a_rebuild_counts_what_it_changed()
    {
        await _world.ApprovedGrantAsync("王五", 1000m);
        var kept = await TalliesAsync();
        await _world.WithDbAsync(db => db.CampaignTallies.ExecuteDeleteAsync());

        // The province generator's way: many saves with the keeper off, one rebuild at the end.
        await _world.WithDbAsync(async db =>
        {
            db.KeepsTallies = false;
            var grant = await db.Grants.OrderBy(g => g.Id).FirstAsync();
            grant.CashAmount += 500m;
            grant.TotalAmount += 500m;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(0, await _world.WithDbAsync(db => db.CampaignTallies.CountAsync()));

        await _world.WithDbAsync(async db =>
        {
            await CampaignTallyKeeper.RebuildAsync(db, _world.CampaignId);
            return true;
        });
        Assert.NotEqual(kept, await TalliesAsync());
        await AssertFiguresAsync();
    }

    [Theory]
    [InlineData(3)]
    [InlineData(100)]
    public async Task The_writer_adds_to_rows_inserts_new_keys_and_removes_rows_that_come_to_zero_without_reading_them(int keys)
    {
        // Rows for `keys` scopes, written as a save would; then each lowered to zero but one, which stays at 1 grant
        // and 0.01 yuan; and a new key added.
        var scopes = Enumerable.Range(0, keys).Select(i => $"/t{i}/").ToList();
        TallyKey Key(string scope) => new(_world.CampaignId, scope, TallyMeasure.Grants, GrantStatus.Applied, HouseholdCategory.HardshipEmployee, GrantKind.HardshipSubsidy);
        await WriteAsync(scopes.ToDictionary(Key, _ => new TallyValue(2, 1, 100.50m)));
        await WriteAsync(scopes.ToDictionary(Key, scope => scope == scopes[0] ? new TallyValue(-1, -1, -100.49m) : new TallyValue(-2, -1, -100.50m)));
        await WriteAsync(new Dictionary<TallyKey, TallyValue> { [Key("/new/")] = new(1, 1, 7m) });

        var rows = await _world.WithDbAsync(db => db.CampaignTallies.AsNoTracking().Where(t => t.Scope.StartsWith("/t") || t.Scope == "/new/")
            .OrderBy(t => t.Scope).Select(t => new { t.Scope, t.Grants, t.Households, t.Amount }).ToListAsync());
        Assert.Equal([("/new/", 1, 1, 7m), ("/t0/", 1, 0, 0.01m)], rows.Select(r => (r.Scope, r.Grants, r.Households, r.Amount)));
    }

    private Task<bool> WriteAsync(Dictionary<TallyKey, TallyValue> changes) => _world.WithDbAsync(async db =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await TallyWriter.AddAsync(db, changes, async: true, CancellationToken.None);
        await transaction.CommitAsync();
        return true;
    });

    private async Task UpholdAsync(int noticeId, int grantId, UpheldAction action, decimal? newAmount)
    {
        _world.ActAs(_world.CompanyOfficer);
        var objection = (await _world.Service<ObjectionService, ServiceResult<int>>(s => s.RecordAsync(noticeId,
            new ObjectionInput { GrantId = grantId, ReceivedOn = WorkflowDatabase.Today.AddDays(-18), Content = "反映该户家庭收入有所提高" }))).Succeeded();
        var version = await _world.WithDbAsync(db => db.Objections.Where(o => o.Id == objection).Select(o => o.Version).SingleAsync());
        _world.ActAs(_world.Chair);
        (await _world.Service<ObjectionService, ServiceResult<int>>(s => s.HandleAsync(objection, new ObjectionHandlingInput
        {
            Outcome = ObjectionOutcome.Upheld, Handling = "经核实属实", UpheldAction = action, NewAmount = newAmount, Version = version,
        }))).Succeeded();
    }

    private Task<string> TalliesAsync() => _world.WithDbAsync(async db => string.Join("\n",
        (await db.CampaignTallies.AsNoTracking().ToListAsync())
        .Select(t => $"{t.CampaignId} {t.Scope} {t.Measure} {t.Status} {t.Category} {t.Kind}: {t.Grants} {t.Households} {t.Amount:0.00}")
        .Order(StringComparer.Ordinal)));
}
