using System.Globalization;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;

namespace Relief.Core.Tests.Grants;

/// <summary>
/// Dates follow the work (<see cref="DateOrder"/>): each rule of the table refused through the service that records
/// the date, with its message in both languages, and nothing changed.
/// </summary>
public sealed class DateOrderTests : IAsyncLifetime
{
    private WorkflowDatabase _world = null!;

    public async Task InitializeAsync() => _world = await WorkflowDatabase.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private static string Date(DateOnly day, string culture) => Formats.Date(day, CultureInfo.GetCultureInfo(culture));

    private async Task AssertRefusedAndNothingChangedAsync<T>(Func<Task<ServiceResult<T>>> step, string expected)
    {
        var before = await _world.StateAsync();
        var result = await step();
        Assert.False(result.Succeeded);
        Assert.Equal(expected, Assert.Single(result.Validation.Errors).ErrorMessage);
        Assert.Equal(before, await _world.StateAsync());
    }

    /// <summary>张三明's application on the agenda of a meeting held on <paramref name="heldOn"/>, its approval ready for the chair.</summary>
    private async Task<(int MeetingId, DecisionInput Decision)> ApprovalOnAgendaAsync(DateOnly heldOn)
    {
        var grantId = await _world.ApplyAsync("张三明");
        var meetingId = await _world.MeetingAsync(heldOn);
        await _world.AttachAsync(meetingId, grantId);
        var decision = await _world.ApprovalAsync(grantId, _world.OwnFundsId);
        _world.ActAs(_world.Chair);
        return (meetingId, decision);
    }

    [Fact]
    public void The_table_orders_applied_decided_noticed_payable_paid_and_today()
    {
        var rules = DateOrder.GrantRules;
        Assert.All(rules, rule => Assert.True(rule.Earlier < rule.Later, $"{rule.Earlier} → {rule.Later}"));
        var chain = new[] { GrantMilestone.Applied, GrantMilestone.Decided, GrantMilestone.Noticed, GrantMilestone.Paid, GrantMilestone.Today };
        Assert.All(chain.Zip(chain.Skip(1)), pair => Assert.Contains(rules, r => r.Later == pair.Second && r.Earlier <= pair.First));
    }

    [Theory]
    [InlineData("zh-CN", "张三明的申请日期是 {0}，会议（{1}）在申请之前召开，不能对其作出决定：请列入之后召开的会议。")]
    [InlineData("en", "张三明 applied on {0}; the meeting ({1}) was held before that and cannot decide on it: put it to a later meeting.")]
    public async Task A_meeting_held_before_the_application_cannot_decide_on_it(string culture, string expected)
    {
        var heldOn = WorkflowDatabase.ApplicationsOn.AddDays(-1);
        var (meetingId, decision) = await ApprovalOnAgendaAsync(heldOn);

        await AssertRefusedAndNothingChangedAsync(
            () => _world.Service<CommitteeService, ServiceResult<int>>(s => s.DecideAsync(meetingId, decision), culture),
            string.Format(CultureInfo.InvariantCulture, expected, Date(WorkflowDatabase.ApplicationsOn, culture), Date(heldOn, culture)));
        await AssertRefusedAndNothingChangedAsync(
            () => _world.Service<CommitteeService, ServiceResult<int>>(s => s.DecideAllAsync(meetingId, [decision]), culture),
            string.Format(CultureInfo.InvariantCulture, expected, Date(WorkflowDatabase.ApplicationsOn, culture), Date(heldOn, culture)));
    }

    [Theory]
    [InlineData("zh-CN", "会议定于 {0} 召开，召开后才能录入决定。")]
    [InlineData("en", "The meeting is on {0}; decisions can be recorded once it has been held.")]
    public async Task A_meeting_not_yet_held_decides_nothing(string culture, string expected)
    {
        var heldOn = WorkflowDatabase.Today.AddDays(3);
        var (meetingId, decision) = await ApprovalOnAgendaAsync(heldOn);

        await AssertRefusedAndNothingChangedAsync(
            () => _world.Service<CommitteeService, ServiceResult<int>>(s => s.DecideAsync(meetingId, decision), culture),
            string.Format(CultureInfo.InvariantCulture, expected, Date(heldOn, culture)));
    }

    [Theory]
    [InlineData("zh-CN", "公示日期不能早于会议决定日期 {0}：张三明的补助是在该次会议上批准的，批准之后才能公示。")]
    [InlineData("en", "The notice cannot be dated before the meeting of {0}: the grant to 张三明 was approved there, and is posted only after its approval.")]
    public async Task A_notice_dated_before_the_meeting_that_approved_its_grants_is_refused(string culture, string expected)
    {
        await _world.ApprovedGrantAsync("张三明");
        _world.ActAs(_world.Chair);
        var postedOn = WorkflowDatabase.MeetingsOn.AddDays(-1);

        await AssertRefusedAndNothingChangedAsync(
            () => _world.Service<NoticeService, ServiceResult<int>>(s => s.PostAsync(_world.Notice(postedOn)), culture),
            string.Format(CultureInfo.InvariantCulture, expected, Date(WorkflowDatabase.MeetingsOn, culture)));
        // On the meeting's own day it may go up (a chair entering the paper notice).
        (await _world.Service<NoticeService, ServiceResult<int>>(s => s.PostAsync(_world.Notice(WorkflowDatabase.MeetingsOn)))).Succeeded();
    }

    [Theory]
    [InlineData("zh-CN", "发放日期不能早于 {0}：公示期满后才可发放。")]
    [InlineData("en", "The payment cannot be dated before {0}: a grant is payable only once its notice period has ended.")]
    public async Task A_payment_dated_before_the_grant_became_payable_is_refused(string culture, string expected)
    {
        var grantId = await _world.PayableGrantAsync("张三明");
        var payable = WorkingDays.EndOfPeriod(WorkflowDatabase.Today.AddDays(-20), new NoticeOptions()).AddDays(1);
        _world.ActAs(_world.CompanyOfficer);

        await AssertRefusedAndNothingChangedAsync(
            () => _world.Service<DisbursementService, ServiceResult<int>>(s => s.PayAsync(WorkflowSteps.Payment(grantId) with { PaidOn = payable.AddDays(-1) }), culture),
            string.Format(CultureInfo.InvariantCulture, expected, Date(payable, culture)));
        (await _world.Service<DisbursementService, ServiceResult<int>>(s => s.PayAsync(WorkflowSteps.Payment(grantId) with { PaidOn = payable }))).Succeeded();
    }

    [Theory]
    [InlineData("zh-CN", "日期不能晚于今天。")]
    [InlineData("en", "The date cannot be later than today.")]
    public async Task Facts_dated_in_the_future_are_refused_payment_money_received_and_objection(string culture, string expected)
    {
        var tomorrow = WorkflowDatabase.Today.AddDays(1);
        var grantId = await _world.PayableGrantAsync("张三明");
        _world.ActAs(_world.CompanyOfficer);
        await AssertRefusedAndNothingChangedAsync(
            () => _world.Service<DisbursementService, ServiceResult<int>>(s => s.PayAsync(WorkflowSteps.Payment(grantId) with { PaidOn = tomorrow }), culture),
            expected);

        var donation = new FundSourceInput { Kind = FundSourceKind.Donation, Name = "爱心捐款", Donor = "某公司", Amount = 1000m, ReceivedOn = tomorrow };
        await AssertRefusedAndNothingChangedAsync(
            () => _world.Service<FundSourceService, ServiceResult<int>>(s => s.AddAsync(_world.CampaignId, donation), culture), expected);
        (await _world.Service<FundSourceService, ServiceResult<int>>(s => s.AddAsync(_world.CampaignId, donation with { ReceivedOn = WorkflowDatabase.Today }))).Succeeded();

        await _world.ApprovedGrantAsync("欧阳小明");
        var noticeId = await _world.PostNoticeAsync(WorkflowDatabase.Today);
        _world.ActAs(_world.CompanyOfficer);
        var objection = new ObjectionInput { ReceivedOn = tomorrow, Content = "该户已有稳定收入" };
        await AssertRefusedAndNothingChangedAsync(
            () => _world.Service<ObjectionService, ServiceResult<int>>(s => s.RecordAsync(noticeId, objection), culture), expected);
    }
}
