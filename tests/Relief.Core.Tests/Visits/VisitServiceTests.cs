using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;

namespace Relief.Core.Tests.Visits;

public sealed class VisitServiceTests : IAsyncLifetime
{
    private static readonly PageRequest AllOnOnePage = new(1, PageRequest.MaxSize);
    private VisitsDatabase _db = null!;

    public async Task InitializeAsync() => _db = await VisitsDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private VisitInput HomeVisit(params int[] householdIds) => new()
    {
        CampaignId = _db.Campaign.Id,
        OrgUnitId = _db.BranchA.Id,
        Kind = VisitKind.Home,
        VisitedOn = VisitsDatabase.Today.AddDays(-1),
        Place = "莲都区紫金街道",
        Region = "丽水",
        Notes = "带去米、油和慰问金，了解家庭近况",
        HouseholdIds = [.. householdIds],
        Visitors =
        [
            new VisitorInput { Name = "徐志强", Title = "公司领导", IsLeader = true },
            new VisitorInput { UserId = _db.OfficerA.Id },
            new VisitorInput(),
        ],
    };

    private Task<ServiceResult<int>> RecordAsync(VisitInput input) => _db.VisitsAsync(s => s.RecordAsync(input));

    private static void AssertFailsOn(ServiceResult<int> result, string property)
    {
        Assert.False(result.Succeeded);
        Assert.Contains(result.Validation.Errors, e => e.PropertyName == property);
    }

    [Fact]
    public async Task A_visit_needs_at_least_one_household()
    {
        var result = await RecordAsync(HomeVisit());

        AssertFailsOn(result, nameof(VisitInput.HouseholdIds));
        Assert.Equal("请至少选择一户走访对象。", result.Validation.Errors.Single(e => e.PropertyName == nameof(VisitInput.HouseholdIds)).ErrorMessage);
        Assert.Equal(0, await _db.WithDbAsync(db => db.Visits.CountAsync()));
    }

    [Theory]
    [InlineData(VisitKind.Home, false)]
    [InlineData(VisitKind.Hospital, false)]
    [InlineData(VisitKind.Phone, true)]
    [InlineData(VisitKind.Letter, true)]
    [InlineData(VisitKind.Symposium, true)]
    [InlineData(VisitKind.GroupEvent, true)]
    public async Task Home_and_hospital_visits_need_visitors_the_others_do_not(VisitKind kind, bool savesWithoutVisitors)
    {
        var household = await _db.AddHouseholdAsync(_db.BranchA, "钱一");
        var input = HomeVisit(household) with { Kind = kind, Visitors = [new VisitorInput(), new VisitorInput()] };

        var result = await RecordAsync(input);

        Assert.Equal(savesWithoutVisitors, result.Succeeded);
        if (!savesWithoutVisitors)
        {
            AssertFailsOn(result, nameof(VisitInput.Visitors));
            Assert.Equal("登门走访和医院看望须填写走访人员。", result.Validation.Errors[0].ErrorMessage);
        }
    }

    [Fact]
    public async Task A_date_outside_the_campaign_asks_for_a_reason_and_saves_it_with_the_visit()
    {
        var household = await _db.AddHouseholdAsync(_db.BranchA, "钱一");
        var early = HomeVisit(household) with { VisitedOn = VisitsDatabase.CampaignStarts.AddDays(-3) };

        var asked = await RecordAsync(early);

        AssertFailsOn(asked, nameof(VisitInput.OutsideCampaignReason));
        Assert.Equal("走访日期不在活动期间（2024年12月15日至2025年2月10日）。如确属本活动，请填写原因后再次保存。",
            asked.Validation.Errors.Single().ErrorMessage);
        AssertFailsOn(await RecordAsync(early with { OutsideCampaignReason = "   " }), nameof(VisitInput.OutsideCampaignReason));
        Assert.Equal(0, await _db.WithDbAsync(db => db.Visits.CountAsync()));

        var explained = await RecordAsync(early with { OutsideCampaignReason = " 节前提前走访 " });

        Assert.True(explained.Succeeded, string.Join("; ", explained.Validation.Errors));
        var saved = await _db.WithDbAsync(db => db.Visits.SingleAsync());
        Assert.Equal(VisitsDatabase.CampaignStarts.AddDays(-3), saved.VisitedOn);
        Assert.Equal("节前提前走访", saved.OutsideCampaignReason);
        var audited = await _db.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(Visit)).Select(a => a.NewValues).SingleAsync());
        Assert.Contains("节前提前走访", audited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_inside_the_campaign_needs_no_confirmation_and_a_future_date_is_refused()
    {
        var household = await _db.AddHouseholdAsync(_db.BranchA, "钱一");

        Assert.True((await RecordAsync(HomeVisit(household) with { VisitedOn = VisitsDatabase.CampaignStarts })).Succeeded);
        AssertFailsOn(await RecordAsync(HomeVisit(household) with { VisitedOn = VisitsDatabase.Today.AddDays(1) }), nameof(VisitInput.VisitedOn));
    }

    [Fact]
    public async Task A_visit_is_saved_with_its_visitors_households_and_users_names_filled_in()
    {
        var first = await _db.AddHouseholdAsync(_db.BranchA, "钱一");
        var second = await _db.AddHouseholdAsync(_db.BranchA, "孙二");

        var result = await RecordAsync(HomeVisit(first, second, first));

        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        var visit = await _db.VisitsAsync(s => s.GetAsync(result.Value));
        Assert.Equal(["孙二", "钱一"], visit.Households.Select(h => h.Name).Order());
        Assert.Equal(2, visit.Visitors.Count);
        Assert.Equal(new VisitDetail.Visitor("徐志强", "公司领导", true, false), visit.Visitors[0]);
        Assert.Equal(new VisitDetail.Visitor("张干事", "工会干事", false, true), visit.Visitors[1]);
        Assert.Equal("2025年元旦春节送温暖活动", visit.CampaignName);
        Assert.Equal("甲一分工会", visit.UnitName);
    }

    [Fact]
    public async Task The_visit_and_its_hand_overs_are_saved_together()
    {
        var first = await _db.AddHouseholdAsync(_db.BranchA, "钱一");
        var second = await _db.AddHouseholdAsync(_db.BranchA, "孙二");
        var grant1 = await _db.AddPayableGrantAsync(first, 1000m);
        var grant2 = await _db.AddPayableGrantAsync(second, 800m);

        var payable = await _db.VisitsAsync(s => s.GetPayableGrantsAsync([first, second], _db.Campaign.Id));
        Assert.Equal([grant2, grant1], payable.Select(g => g.Id));

        var result = await RecordAsync(HomeVisit(first, second) with { HandOverGrantIds = [grant1, grant2] });

        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors));
        var payments = await _db.WithDbAsync(db => db.Disbursements.OrderBy(d => d.GrantId).ToListAsync());
        Assert.Equal([grant1, grant2], payments.Select(p => p.GrantId));
        Assert.All(payments, p => Assert.Equal(result.Value, p.VisitId));
        Assert.All(payments, p => Assert.True(p.SignedOff));
        Assert.All(payments, p => Assert.Equal("走访时当面发放（登门走访）", p.Note));
        Assert.All(payments, p => Assert.Equal(VisitsDatabase.Today.AddDays(-1), p.PaidOn));
        var fund = await _db.WithDbAsync(db => db.FundSources.SingleAsync());
        Assert.Equal(1200m, fund.Committed);
        Assert.Equal(1800m, fund.Spent);
        var visit = await _db.VisitsAsync(s => s.GetAsync(result.Value));
        Assert.Equal(2, visit.Payments.Count);
    }

    [Fact]
    public async Task A_grant_that_cannot_be_paid_leaves_no_visit_and_no_payment()
    {
        var first = await _db.AddPayableHouseholdAsync("钱一", 1000m);
        var second = await _db.AddHouseholdAsync(_db.BranchA, "孙二");
        var grant1 = first.Grant;
        // Still on notice: the disbursement service refuses it after the first grant is already paid inside the step.
        var grant2 = await _db.AddPayableGrantAsync(second, 800m, status: GrantStatus.OnNotice);

        var result = await RecordAsync(HomeVisit(first.Household, second) with { HandOverGrantIds = [grant1, grant2] });

        AssertFailsOn(result, nameof(VisitInput.HandOverGrantIds));
        Assert.Contains("孙二", result.Validation.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task A_grant_paid_meanwhile_by_someone_else_undoes_the_whole_step()
    {
        var first = await _db.AddPayableHouseholdAsync("钱一", 1000m);
        var second = await _db.AddPayableHouseholdAsync("孙二", 800m);
        var paidElsewhere = await _db.RunAsync(sp => sp.GetRequiredService<DisbursementService>().PayAsync(new DisbursementInput
        {
            GrantId = second.Grant, PaidOn = VisitsDatabase.Today, Method = DisbursementMethod.BankTransfer, PaidBy = "officer-a",
        }));
        Assert.True(paidElsewhere.Succeeded, string.Join("; ", paidElsewhere.Validation.Errors));

        var result = await RecordAsync(HomeVisit(first.Household, second.Household) with { HandOverGrantIds = [first.Grant, second.Grant] });

        AssertFailsOn(result, nameof(VisitInput.HandOverGrantIds));
        Assert.Equal(0, await _db.WithDbAsync(db => db.Visits.CountAsync()));
        var payments = await _db.WithDbAsync(db => db.Disbursements.ToListAsync());
        Assert.Equal([second.Grant], payments.Select(p => p.GrantId));
        Assert.Null(payments[0].VisitId);
        Assert.Equal(GrantStatus.Payable, await _db.WithDbAsync(db => db.Grants.Where(g => g.Id == first.Grant).Select(g => g.Status).SingleAsync()));
    }

    private async Task AssertNothingSavedAsync()
    {
        Assert.Equal(0, await _db.WithDbAsync(db => db.Visits.CountAsync()));
        Assert.Equal(0, await _db.WithDbAsync(db => db.VisitVisitors.CountAsync()));
        Assert.Equal(0, await _db.WithDbAsync(db => db.Disbursements.CountAsync()));
        Assert.Equal(0, await _db.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(Visit) || a.Entity == nameof(Disbursement))));
        Assert.DoesNotContain(await _db.WithDbAsync(db => db.Grants.ToListAsync()), g => g.Status == GrantStatus.Disbursed);
        var fund = await _db.WithDbAsync(db => db.FundSources.SingleAsync());
        Assert.Equal(3000m, fund.Committed);
        Assert.Equal(0m, fund.Spent);
    }

    [Fact]
    public async Task Grants_of_other_households_cannot_be_handed_over()
    {
        var visited = await _db.AddHouseholdAsync(_db.BranchA, "钱一");
        var other = await _db.AddHouseholdAsync(_db.BranchA, "孙二");
        var grant = await _db.AddPayableGrantAsync(other, 500m);

        var result = await RecordAsync(HomeVisit(visited) with { HandOverGrantIds = [grant] });

        AssertFailsOn(result, nameof(VisitInput.HandOverGrantIds));
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task An_officer_of_another_branch_cannot_see_or_use_the_visit_or_its_households()
    {
        var household = await _db.AddHouseholdAsync(_db.BranchA, "钱一");
        var visitId = (await RecordAsync(HomeVisit(household))).Value;

        _db.ActAs(_db.Officer(_db.BranchB));

        await Assert.ThrowsAsync<NotFoundException>(() => _db.VisitsAsync(s => s.GetAsync(visitId)));
        Assert.Equal(0, (await _db.VisitsAsync(s => s.ListAsync(new VisitQuery(), AllOnOnePage))).Total);
        Assert.Empty(await _db.VisitsAsync(s => s.SearchHouseholdsAsync("钱一", null)));
        var result = await RecordAsync(HomeVisit(household) with { OrgUnitId = _db.BranchB.Id, CampaignId = null });
        AssertFailsOn(result, nameof(VisitInput.HouseholdIds));

        _db.ActAs(_db.Chair());
        Assert.Equal(visitId, (await _db.VisitsAsync(s => s.GetAsync(visitId))).Id);
    }

    [Fact]
    public async Task Households_are_found_by_name_or_the_last_four_of_the_ID_number_closed_files_left_out()
    {
        var household = await _db.AddHouseholdAsync(_db.BranchA, "钱一");
        await _db.AddHouseholdAsync(_db.BranchA, "钱二", status: HouseholdStatus.Closed);
        var masked = await _db.WithDbAsync(db => db.Households.Where(h => h.Id == household).Select(h => h.IdNumberMasked).SingleAsync());

        var byName = await _db.VisitsAsync(s => s.SearchHouseholdsAsync("钱", null));
        var byLastFour = await _db.VisitsAsync(s => s.SearchHouseholdsAsync(masked[^4..], null));

        Assert.Equal([household], byName.Select(h => h.Id));
        Assert.Equal([household], byLastFour.Select(h => h.Id));
        Assert.Empty(await _db.VisitsAsync(s => s.SearchHouseholdsAsync(" ", null)));
    }

    [Fact]
    public async Task The_list_filters_by_kind_region_visitor_and_dates()
    {
        var household = await _db.AddHouseholdAsync(_db.BranchA, "钱一");
        await RecordAsync(HomeVisit(household));
        await RecordAsync(HomeVisit(household) with { Kind = VisitKind.Phone, Region = "遂昌", Visitors = [], VisitedOn = VisitsDatabase.Today.AddDays(-10) });

        async Task<int> CountAsync(VisitQuery query) => (await _db.VisitsAsync(s => s.ListAsync(query, AllOnOnePage))).Total;

        Assert.Equal(2, await CountAsync(new VisitQuery { CampaignId = _db.Campaign.Id }));
        Assert.Equal(1, await CountAsync(new VisitQuery { Kind = VisitKind.Phone }));
        Assert.Equal(1, await CountAsync(new VisitQuery { Region = "遂昌" }));
        Assert.Equal(1, await CountAsync(new VisitQuery { Visitor = "徐志" }));
        Assert.Equal(1, await CountAsync(new VisitQuery { From = VisitsDatabase.Today.AddDays(-5) }));
        Assert.Equal(1, await CountAsync(new VisitQuery { To = VisitsDatabase.Today.AddDays(-5) }));
        var newest = (await _db.VisitsAsync(s => s.ListAsync(new VisitQuery(), AllOnOnePage))).Items[0];
        Assert.Equal(VisitKind.Home, newest.Kind);
        Assert.Equal(["钱一"], newest.HouseholdNames);
    }

    [Fact]
    public async Task Each_visit_in_the_list_names_its_first_three_households_by_name_and_counts_them_all()
    {
        var group = new List<int>();
        foreach (var name in new[] { "孙四", "钱一", "赵三", "李二" }) group.Add(await _db.AddHouseholdAsync(_db.BranchA, name));
        var lone = await _db.AddHouseholdAsync(_db.BranchA, "周五");
        await RecordAsync(HomeVisit([.. group]));
        await RecordAsync(HomeVisit(lone));

        var items = (await _db.VisitsAsync(s => s.ListAsync(new VisitQuery(), AllOnOnePage))).Items;

        // Names in the database's text order (code points), the same order the file pages use.
        var visitOfFour = items.Single(i => i.HouseholdCount == 4);
        Assert.Equal(["孙四", "李二", "赵三"], visitOfFour.HouseholdNames);
        Assert.Equal(["周五"], items.Single(i => i.HouseholdCount == 1).HouseholdNames);
    }

    [Fact]
    public async Task Households_not_yet_reached_exclude_the_visited_and_put_remote_ones_first()
    {
        var visited = await _db.AddHouseholdAsync(_db.BranchA, "钱一");
        var near = await _db.AddHouseholdAsync(_db.BranchA, "孙二");
        var remote = await _db.AddHouseholdAsync(_db.BranchA, "李三", remote: true);
        await _db.AddHouseholdAsync(_db.BranchA, "周四", status: HouseholdStatus.OutOfHardship);
        await _db.AddHouseholdAsync(_db.BranchB, "吴五");
        await RecordAsync(HomeVisit(visited));
        _db.ActAs(_db.Chair());

        var notReached = await _db.VisitsAsync(s => s.NotReachedAsync(_db.Campaign.Id, new NotReachedQuery(), AllOnOnePage));
        var remoteOnly = await _db.VisitsAsync(s => s.NotReachedAsync(_db.Campaign.Id, new NotReachedQuery { Remote = true }, AllOnOnePage));
        var coverage = await _db.VisitsAsync(s => s.CoverageAsync(_db.Campaign.Id));

        Assert.Equal([remote, near], notReached.Items.Select(h => h.Id));
        Assert.True(notReached.Items[0].IsRemote);
        Assert.Equal([remote], remoteOnly.Items.Select(h => h.Id));
        Assert.Equal(new VisitCoverage(3, 1, 2, 1), coverage);
    }

    [Fact]
    public async Task Participation_counts_each_visitors_different_households()
    {
        var first = await _db.AddHouseholdAsync(_db.BranchA, "钱一");
        var second = await _db.AddHouseholdAsync(_db.BranchA, "孙二");
        await RecordAsync(HomeVisit(first, second));
        await RecordAsync(HomeVisit(first) with { Kind = VisitKind.Phone, Visitors = [new VisitorInput { Name = "徐志强", Title = "公司领导", IsLeader = true }] });

        var everyone = await _db.VisitsAsync(s => s.ParticipationAsync(_db.Campaign.Id, leadersOnly: false));
        var leaders = await _db.VisitsAsync(s => s.ParticipationAsync(_db.Campaign.Id, leadersOnly: true));

        Assert.Equal(new LeaderParticipation("徐志强", "公司领导", true, 2, 2, 2), everyone[0]);
        Assert.Equal(new LeaderParticipation("张干事", "工会干事", false, 1, 2, 2), everyone[1]);
        Assert.Equal(["徐志强"], leaders.Select(l => l.Name));
    }

    [Fact]
    public async Task Nothing_is_recorded_in_a_closed_campaign()
    {
        var household = await _db.AddHouseholdAsync(_db.BranchA, "钱一");
        await _db.WithDbAsync(db => db.Campaigns.ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, Features.Campaigns.CampaignStatus.Closed)));

        AssertFailsOn(await RecordAsync(HomeVisit(household)), nameof(VisitInput.CampaignId));
    }
}
