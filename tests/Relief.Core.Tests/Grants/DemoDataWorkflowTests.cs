using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Grants;

/// <summary>The workflow services on the demo data (its own database: these steps change it).</summary>
public sealed class DemoDataWorkflowTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private OrgUnit _company = null!;
    private Campaign _current = null!;
    private Campaign _previous = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        await Db(async db =>
        {
            _company = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Name == "浙江丽水电力有限公司工会");
            _current = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Year == 2021);
            _previous = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Year == 2020);
            return 0;
        });
        _database.CurrentUser.Acting = WorkflowDatabase.User(_company, Roles.Chair);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<T> Db<T>(Func<ReliefDbContext, Task<T>> work) => _database.InScopeAsync(sp => work(sp.GetRequiredService<ReliefDbContext>()));

    private Task<T> Run<TService, T>(Func<TService, Task<T>> work) where TService : notnull =>
        _database.InScopeAsync(sp => work(sp.GetRequiredService<TService>()));

    [Fact]
    public async Task The_demo_objection_is_handled_its_notice_closes_and_a_payable_grant_is_paid()
    {
        var notice = await Db(db => db.PublicNotices.AsNoTracking().SingleAsync(n => n.CampaignId == _current.Id && n.Status == NoticeStatus.Posted));
        var view = await Run<NoticeService, NoticeView>(s => s.GetAsync(notice.Id));
        Assert.All(view.Rows, r => Assert.Contains("*", r.Name, StringComparison.Ordinal));
        var objection = Assert.Single(view.Objections, o => o.Outcome == ObjectionOutcome.Open);
        var afterPeriod = notice.EndsOn.AddDays(1);
        Assert.Equal(0, await Run<NoticeService, int>(s => s.CloseEndedNoticesAsync(afterPeriod)));

        (await Run<ObjectionService, ServiceResult<int>>(s => s.HandleAsync(objection.Id, new ObjectionHandlingInput
        {
            Outcome = ObjectionOutcome.Dismissed, Handling = "经核实，其配偶个体经营收入不稳定，家庭人均收入仍低于认定标准。", Version = objection.Version,
        }))).Succeeded();
        Assert.Equal(1, await Run<NoticeService, int>(s => s.CloseEndedNoticesAsync(afterPeriod)));
        Assert.Equal(view.Rows.Count, await Db(db => db.Grants.CountAsync(g => g.Status == GrantStatus.Payable && view.Rows.Select(r => r.GrantId).Contains(g.Id))));

        var payable = await Db(db => db.Grants.AsNoTracking().Include(g => g.FundSource).FirstAsync(g => g.CampaignId == _current.Id && g.Status == GrantStatus.Payable));
        var before = payable.FundSource!;
        (await Run<DisbursementService, ServiceResult<int>>(s => s.PayAsync(WorkflowSteps.Payment(payable.Id)))).Succeeded();
        var after = await Db(db => db.FundSources.AsNoTracking().SingleAsync(f => f.Id == before.Id));
        Assert.Equal(before.Committed - payable.TotalAmount, after.Committed);
        Assert.Equal(before.Spent + payable.TotalAmount, after.Spent);

        var sheet = await Run<DisbursementService, SignOffSheet>(s => s.SignOffSheetAsync(_current.Id, payable.OrgUnitId));
        Assert.Contains(sheet.Rows, r => r.GrantId == payable.Id && r.PaidOn == WorkflowDatabase.Today);
        Assert.Equal(sheet.Rows.Sum(r => r.Amount), sheet.Total);
        Assert.All(sheet.Rows, r => Assert.EndsWith(r.Amount % 1 == 0 ? "元整" : "", r.AmountInCapitals, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_demo_application_waits_for_a_meeting_after_it_and_is_approved_there()
    {
        var second = await Db(db => db.CommitteeMeetings.AsNoTracking().Where(m => m.CampaignId == _current.Id).OrderByDescending(m => m.HeldOn).FirstAsync());
        var application = await Db(db => db.Grants.AsNoTracking().Include(g => g.Household).FirstAsync(g => g.CampaignId == _current.Id && g.Status == GrantStatus.Applied));
        var fund = await Db(db => db.FundSources.AsNoTracking().Where(f => f.CampaignId == _current.Id).OrderByDescending(f => f.Amount - f.Committed - f.Spent).FirstAsync());
        Task<ServiceResult<int>> ApproveAtAsync(int meetingId) => Run<CommitteeService, ServiceResult<int>>(async s => await s.DecideAsync(meetingId, new DecisionInput
        {
            GrantId = application.Id, Outcome = DecisionOutcome.Approved, FundSourceId = fund.Id, Reason = "经集体研究同意",
            GrantVersion = await Db(db => db.Grants.Where(g => g.Id == application.Id).Select(g => g.Version).SingleAsync()),
        }));

        // The demo's waiting applications came in after its second meeting: that meeting cannot decide on them.
        Assert.True(application.AppliedOn > second.HeldOn);
        (await Run<CommitteeService, ServiceResult<int>>(s => s.AttachAsync(second.Id, [application.Id]))).Succeeded();
        (await ApproveAtAsync(second.Id)).Refused("在申请之前召开");
        (await Run<CommitteeService, ServiceResult<int>>(s => s.DetachAsync(second.Id, application.Id))).Succeeded();

        var third = (await Run<CommitteeService, ServiceResult<int>>(s => s.CreateAsync(new CommitteeMeetingInput
        {
            CampaignId = _current.Id, OrgUnitId = _company.Id, Title = "第三次工会委员会会议", HeldOn = WorkflowDatabase.Today,
            Attendees = [new() { Name = "陈国华", Title = "工会主席" }],
        }))).Succeeded();
        (await Run<CommitteeService, ServiceResult<int>>(s => s.AttachAsync(third, [application.Id]))).Succeeded();
        (await ApproveAtAsync(third)).Succeeded();
        var detail = await Run<CommitteeService, MeetingDetail>(s => s.GetAsync(third));
        Assert.Contains(detail.Agenda, a => a.GrantId == application.Id && a.Outcome == DecisionOutcome.Approved);
        var list = await Run<CommitteeService, IReadOnlyList<MeetingListItem>>(s => s.ListAsync(_current.Id));
        Assert.Equal(3, list.Count);
    }

    [Fact]
    public async Task The_closed_2020_campaign_refuses_an_application()
    {
        var household = await Db(db => db.Grants.AsNoTracking().Where(g => g.CampaignId == _previous.Id).Select(g => new { g.HouseholdId, g.Category }).FirstAsync());
        var input = new GrantInput
        {
            CampaignId = _previous.Id, HouseholdId = household.HouseholdId, Kind = GrantKind.Emergency, Category = household.Category, CashAmount = 100m, Reason = "补录",
        };
        (await Run<GrantService, ServiceResult<int>>(s => s.ApplyAsync(input))).Refused("已结束");
        var detail = await Run<CampaignService, CampaignDetail>(s => s.GetAsync(_previous.Id));
        Assert.False(detail.CanChange);
    }
}
