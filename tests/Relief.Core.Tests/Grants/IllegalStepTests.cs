using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;

namespace Relief.Core.Tests.Grants;

/// <summary>Every illegal step is refused with a clear message, and nothing changes: not a row, not an audit entry.</summary>
public sealed class IllegalStepTests : IAsyncLifetime
{
    private WorkflowDatabase _world = null!;

    public async Task InitializeAsync() => _world = await WorkflowDatabase.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task AssertRefusedAndNothingChangedAsync<T>(Func<Task<ServiceResult<T>>> step, string expected)
    {
        var before = await _world.StateAsync();
        (await step()).Refused(expected);
        Assert.Equal(before, await _world.StateAsync());
    }

    private Task<ServiceResult<int>> DecideAsync(int meetingId, DecisionInput decision) =>
        _world.Service<CommitteeService, ServiceResult<int>>(s => s.DecideAsync(meetingId, decision));

    private Task<ServiceResult<int>> PayAsync(int grantId) =>
        _world.Service<DisbursementService, ServiceResult<int>>(s => s.PayAsync(WorkflowSteps.Payment(grantId)));

    [Fact]
    public async Task A_payment_dated_before_the_grant_was_payable_or_in_the_future_is_refused()
    {
        var grantId = await _world.PayableGrantAsync("张三明");
        _world.ActAs(_world.CompanyOfficer);
        Task<ServiceResult<int>> PayOnAsync(DateOnly paidOn) =>
            _world.Service<DisbursementService, ServiceResult<int>>(s => s.PayAsync(WorkflowSteps.Payment(grantId) with { PaidOn = paidOn }));
        await AssertRefusedAndNothingChangedAsync(() => PayOnAsync(new DateOnly(2000, 1, 1)), "公示期满后才可发放");
        await AssertRefusedAndNothingChangedAsync(() => PayOnAsync(WorkflowDatabase.Today.AddDays(-20)), "公示期满后才可发放");
        await AssertRefusedAndNothingChangedAsync(() => PayOnAsync(WorkflowDatabase.Today.AddDays(1)), "不能晚于今天");
        (await PayOnAsync(WorkflowDatabase.Today)).Succeeded();
    }

    [Fact]
    public async Task Approving_an_application_that_no_meeting_has_on_its_agenda_is_refused()
    {
        var grantId = await _world.ApplyAsync("张三明");
        var meetingId = await _world.MeetingAsync();
        var decision = await _world.ApprovalAsync(grantId, _world.OwnFundsId);
        _world.ActAs(_world.Chair);
        await AssertRefusedAndNothingChangedAsync(() => DecideAsync(meetingId, decision), "未列入本次会议议程");
    }

    [Fact]
    public async Task An_officer_approving_is_refused_only_a_chair_decides()
    {
        var grantId = await _world.ApplyAsync("张三明");
        var meetingId = await _world.MeetingAsync();
        await _world.AttachAsync(meetingId, grantId);
        var decision = await _world.ApprovalAsync(grantId, _world.OwnFundsId);
        _world.ActAs(_world.CompanyOfficer);
        await AssertRefusedAndNothingChangedAsync(() => DecideAsync(meetingId, decision), "只有工会主席");
        _world.ActAs(WorkflowDatabase.User(_world.Company, Roles.Administrator));
        await AssertRefusedAndNothingChangedAsync(() => DecideAsync(meetingId, decision), "只有工会主席");
    }

    [Fact]
    public async Task An_auditor_changes_nothing()
    {
        var payable = await _world.PayableGrantAsync("王五");
        var applied = await _world.ApplyAsync("李四", 1000m, category: HouseholdCategory.HardshipEmployee);
        var meetingId = await _world.MeetingAsync();
        _world.ActAs(_world.Auditor);
        const string readOnly = "只能查看";
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<GrantService, ServiceResult<int>>(s =>
            s.ApplyAsync(_world.Application("欧阳小明", GrantKind.HardshipSubsidy, HouseholdCategory.ExtremeHardshipEmployee, 2000m))), readOnly);
        await AssertRefusedAndNothingChangedAsync(() => PayAsync(payable), readOnly);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<CommitteeService, ServiceResult<int>>(s => s.AttachAsync(meetingId, [applied])), readOnly);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<FundSourceService, ServiceResult<int>>(s => s.RecordDonationAsync(_world.CampaignId,
            new FundSourceInput { Name = "捐赠", Donor = "某公司", Amount = 100m, ReceivedOn = WorkflowDatabase.Today })), readOnly);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<NoticeService, ServiceResult<int>>(s => s.PostAsync(_world.Notice(WorkflowDatabase.Today))), readOnly);
        Assert.Equal(0, await _world.Service<NoticeService, int>(s => s.CloseEndedNoticesAsync(WorkflowDatabase.Today)));
    }

    [Fact]
    public async Task Overdrawing_a_fund_source_is_refused()
    {
        var grantId = await _world.ApplyAsync("张三明", 3000m, GrantKind.SeriousIllnessAid, HouseholdCategory.SeriousIllness);
        var meetingId = await _world.MeetingAsync();
        await _world.AttachAsync(meetingId, grantId);
        var decision = await _world.ApprovalAsync(grantId, _world.DonationId);
        _world.ActAs(_world.Chair);
        await AssertRefusedAndNothingChangedAsync(() => DecideAsync(meetingId, decision), "不足以支付");
        Assert.Equal(0m, (await _world.FundAsync(_world.DonationId)).Committed);

        // The same amount from a source that covers it passes.
        (await DecideAsync(meetingId, decision with { FundSourceId = _world.OwnFundsId })).Succeeded();
    }

    [Fact]
    public async Task Paying_before_the_notice_period_ends_is_refused()
    {
        await _world.ApprovedGrantAsync("张三明");
        var noticeId = await _world.PostNoticeAsync(WorkflowDatabase.Today);
        var grantId = _world.Households["张三明"];
        grantId = await _world.WithDbAsync(db => db.Grants.Where(g => g.HouseholdId == grantId).Select(g => g.Id).SingleAsync());
        _world.ActAs(_world.OfficerA);
        await AssertRefusedAndNothingChangedAsync(() => PayAsync(grantId), "正在公示");

        _world.ActAs(_world.CompanyOfficer);
        var version = await _world.WithDbAsync(db => db.PublicNotices.Where(n => n.Id == noticeId).Select(n => n.Version).SingleAsync());
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<NoticeService, ServiceResult<int>>(s => s.CloseAsync(noticeId, version)), "期满后才能结束");
    }

    [Fact]
    public async Task Paying_while_an_objection_is_open_is_refused_and_the_notice_cannot_close()
    {
        var grantId = await _world.ApprovedGrantAsync("张三明");
        var postedOn = WorkflowDatabase.Today.AddDays(-20);
        var noticeId = await _world.PostNoticeAsync(postedOn);
        (await _world.Service<ObjectionService, ServiceResult<int>>(s => s.RecordAsync(noticeId, new ObjectionInput
        {
            GrantId = grantId, ReceivedOn = postedOn.AddDays(2), Content = "反映该户收入情况不实。",
        }))).Succeeded();

        var version = await _world.WithDbAsync(db => db.PublicNotices.Where(n => n.Id == noticeId).Select(n => n.Version).SingleAsync());
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<NoticeService, ServiceResult<int>>(s => s.CloseAsync(noticeId, version)), "异议未处理");
        _world.ActAs(_world.OfficerA);
        await AssertRefusedAndNothingChangedAsync(() => PayAsync(grantId), "未处理的异议");
    }

    [Fact]
    public async Task Objections_outside_the_notice_period_are_refused()
    {
        var grantId = await _world.ApprovedGrantAsync("张三明");
        var postedOn = WorkflowDatabase.Today.AddDays(-20);
        var noticeId = await _world.PostNoticeAsync(postedOn);
        _world.ActAs(_world.CompanyOfficer);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<ObjectionService, ServiceResult<int>>(s => s.RecordAsync(noticeId, new ObjectionInput
        {
            GrantId = grantId, ReceivedOn = WorkflowDatabase.Today, Content = "迟到的异议。",
        })), "公示期内");
    }

    [Fact]
    public async Task Paying_twice_is_refused_with_the_first_payment_named()
    {
        var grantId = await _world.PayableGrantAsync("张三明");
        _world.ActAs(_world.OfficerA);
        (await PayAsync(grantId)).Succeeded();
        await AssertRefusedAndNothingChangedAsync(() => PayAsync(grantId), "不能重复发放");
        var fund = await _world.FundAsync(_world.OwnFundsId);
        Assert.Equal(2000m, fund.Spent);
        Assert.Equal(0m, fund.Committed);
    }

    [Fact]
    public async Task A_double_click_pays_once_and_the_second_click_gets_a_message_not_an_error()
    {
        var grantId = await _world.PayableGrantAsync("张三明");
        _world.ActAs(_world.OfficerA);
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PayAsync(grantId))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains("不能重复发放", r.Validation.Errors.Single().ErrorMessage, StringComparison.Ordinal));
        Assert.Equal(1, await _world.WithDbAsync(db => db.Disbursements.CountAsync(d => d.GrantId == grantId)));
        var fund = await _world.FundAsync(_world.OwnFundsId);
        Assert.Equal(2000m, fund.Spent);
        Assert.Equal(0m, fund.Committed);
    }

    [Fact]
    public async Task Paying_a_grant_that_is_not_payable_is_refused()
    {
        var grantId = await _world.ApprovedGrantAsync("张三明");
        _world.ActAs(_world.OfficerA);
        await AssertRefusedAndNothingChangedAsync(() => PayAsync(grantId), "不能发放");
    }

    [Fact]
    public async Task A_second_application_of_the_same_kind_is_refused_naming_the_first()
    {
        var first = await _world.ApplyAsync("张三明", 2000m);
        _world.ActAs(_world.CompanyOfficer);
        var second = _world.Application("张三明", GrantKind.HardshipSubsidy, HouseholdCategory.ExtremeHardshipEmployee, 1500m) with { OrgUnitId = _world.Company.Id };
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<GrantService, ServiceResult<int>>(s => s.ApplyAsync(second)), $"编号 {first}，甲分工会");
    }

    [Fact]
    public async Task An_amount_above_the_standard_needs_an_override_reason()
    {
        _world.ActAs(_world.OfficerA);
        var input = _world.Application("张三明", GrantKind.HardshipSubsidy, HouseholdCategory.ExtremeHardshipEmployee, 2500m);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<GrantService, ServiceResult<int>>(s => s.ApplyAsync(input)), "超过本活动该类别的补助标准 2,000.00 元");
        var id = (await _world.Service<GrantService, ServiceResult<int>>(s => s.ApplyAsync(input with { OverrideReason = "医疗支出特别大" }))).Succeeded();
        var grant = await _world.GrantAsync(id);
        Assert.Equal(2000m, grant.StandardAmount);
        Assert.Equal("医疗支出特别大", grant.OverrideReason);
    }

    [Fact]
    public async Task A_category_the_household_does_not_have_is_refused()
    {
        _world.ActAs(_world.OfficerA);
        var input = _world.Application("李四", GrantKind.HardshipSubsidy, HouseholdCategory.ExtremeHardshipEmployee, 1000m);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<GrantService, ServiceResult<int>>(s => s.ApplyAsync(input)), "不是李四档案中的对象类别");
    }

    [Fact]
    public async Task Nothing_in_a_closed_campaign_changes()
    {
        var payable = await _world.PayableGrantAsync("张三明");
        var approved = await _world.ApprovedGrantAsync("欧阳小明");
        var applied = await _world.ApplyAsync("李四", 1000m, category: HouseholdCategory.HardshipEmployee);
        var meetingId = await _world.MeetingAsync();
        var onNotice = await _world.ApprovedGrantAsync("王五");
        var noticeId = await _world.PostNoticeAsync(WorkflowDatabase.Today.AddDays(-2), meetingId: null);
        var approval = await _world.ApprovalAsync(applied, _world.OwnFundsId);
        var appliedVersion = (await _world.GrantAsync(applied)).Version;
        var approvedVersion = (await _world.GrantAsync(approved)).Version;

        _world.ActAs(_world.Chair);
        var campaignVersion = await _world.WithDbAsync(db => db.Campaigns.Where(c => c.Id == _world.CampaignId).Select(c => c.Version).SingleAsync());
        (await _world.Service<CampaignService, ServiceResult<int>>(s => s.ChangeStatusAsync(_world.CampaignId, CampaignStatus.Closed, campaignVersion))).Succeeded();
        var closedVersion = await _world.WithDbAsync(db => db.Campaigns.Where(c => c.Id == _world.CampaignId).Select(c => c.Version).SingleAsync());
        var edit = await _world.Service<CampaignService, CampaignInput>(s => s.GetForEditAsync(_world.CampaignId));
        var noticeVersion = await _world.WithDbAsync(db => db.PublicNotices.Where(n => n.Id == noticeId).Select(n => n.Version).SingleAsync());

        const string closed = "已结束，所有记录只读";
        foreach (var user in new[] { _world.Chair, _world.CompanyOfficer })
        {
            _world.ActAs(user);
            await AssertRefusedAndNothingChangedAsync(() => _world.Service<GrantService, ServiceResult<int>>(s =>
                s.ApplyAsync(_world.Application("欧阳小明", GrantKind.InKind, HouseholdCategory.ExtremeHardshipEmployee, 300m))), closed);
            await AssertRefusedAndNothingChangedAsync(() => _world.Service<GrantService, ServiceResult<int>>(s =>
                s.UpdateApplicationAsync(applied, _world.Application("李四", GrantKind.HardshipSubsidy, HouseholdCategory.HardshipEmployee, 900m) with { Version = appliedVersion })), closed);
            await AssertRefusedAndNothingChangedAsync(() => _world.Service<GrantService, ServiceResult<int>>(s => s.WithdrawAsync(approved, "撤回", approvedVersion)), closed);
            await AssertRefusedAndNothingChangedAsync(() => PayAsync(payable), closed);
            await AssertRefusedAndNothingChangedAsync(() => _world.Service<NoticeService, ServiceResult<int>>(s => s.CloseAsync(noticeId, noticeVersion)), closed);
            await AssertRefusedAndNothingChangedAsync(() => _world.Service<ObjectionService, ServiceResult<int>>(s => s.RecordAsync(noticeId, new ObjectionInput
            {
                GrantId = onNotice, ReceivedOn = WorkflowDatabase.Today.AddDays(-1), Content = "异议",
            })), closed);
        }
        // The branch's own officer, on its own grants.
        _world.ActAs(_world.OfficerA);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<GrantService, ServiceResult<int>>(s =>
            s.UpdateApplicationAsync(applied, _world.Application("李四", GrantKind.HardshipSubsidy, HouseholdCategory.HardshipEmployee, 900m) with { Version = appliedVersion })), closed);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<GrantService, ServiceResult<int>>(s => s.WithdrawAsync(approved, "撤回", approvedVersion)), closed);
        await AssertRefusedAndNothingChangedAsync(() => PayAsync(payable), closed);

        _world.ActAs(_world.Chair);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<CommitteeService, ServiceResult<int>>(s => s.AttachAsync(meetingId, [applied])), closed);
        await AssertRefusedAndNothingChangedAsync(() => DecideAsync(meetingId, approval), closed);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<CommitteeService, ServiceResult<int>>(s => s.CreateAsync(new CommitteeMeetingInput
        {
            CampaignId = _world.CampaignId, OrgUnitId = _world.Company.Id, Title = "会议", HeldOn = WorkflowDatabase.Today, Attendees = [new() { Name = "陈国华" }],
        })), closed);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<NoticeService, ServiceResult<int>>(s => s.PostAsync(_world.Notice(WorkflowDatabase.Today))), closed);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<FundSourceService, ServiceResult<int>>(s => s.RecordDonationAsync(_world.CampaignId,
            new FundSourceInput { Name = "捐赠", Donor = "某公司", Amount = 100m, ReceivedOn = WorkflowDatabase.Today })), closed);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<CampaignService, ServiceResult<int>>(s => s.UpdateAsync(_world.CampaignId, edit with { Name = "改名" })), closed);
        await AssertRefusedAndNothingChangedAsync(() => _world.Service<CampaignService, ServiceResult<int>>(s => s.ChangeStatusAsync(_world.CampaignId, CampaignStatus.Active, closedVersion)), closed);
        Assert.Equal(0, await _world.Service<NoticeService, int>(s => s.CloseEndedNoticesAsync(WorkflowDatabase.Today.AddDays(30))));
    }
}
