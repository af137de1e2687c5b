using Relief.Core.Common;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;

namespace Relief.Core.Tests.Grants;

/// <summary>
/// Several decisions of one meeting recorded at once (the decision page's 全部记录): all or nothing, a later approval
/// seeing the balance the earlier ones left, and each refusal pointing at the decision it concerns.
/// </summary>
public sealed class DecideAllTests : IAsyncLifetime
{
    private WorkflowDatabase _world = null!;

    public async Task InitializeAsync() => _world = await WorkflowDatabase.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private Task<ServiceResult<int>> DecideAllAsync(int meetingId, params DecisionInput[] decisions) =>
        _world.Service<CommitteeService, ServiceResult<int>>(s => s.DecideAllAsync(meetingId, decisions));

    private async Task<(int MeetingId, int First, int Second, int Third)> AgendaAsync()
    {
        var first = await _world.ApplyAsync("张三明", 1500m);
        var second = await _world.ApplyAsync("欧阳小明", 1500m);
        var third = await _world.ApplyAsync("李四", 1000m, category: HouseholdCategory.HardshipEmployee);
        var meetingId = await _world.MeetingAsync();
        await _world.AttachAsync(meetingId, first, second, third);
        return (meetingId, first, second, third);
    }

    [Fact]
    public async Task Approvals_and_a_rejection_are_saved_together_against_the_running_balance()
    {
        var (meetingId, first, second, third) = await AgendaAsync();
        var approveFirst = await _world.ApprovalAsync(first, _world.DonationId);
        var approveSecond = await _world.ApprovalAsync(second, _world.OwnFundsId, 1800m);
        var rejectThird = (await _world.ApprovalAsync(third, _world.OwnFundsId)) with { Outcome = DecisionOutcome.Rejected, FundSourceId = null, Reason = "家庭人均收入已高于标准" };
        _world.ActAs(_world.Chair);

        Assert.Equal(3, (await DecideAllAsync(meetingId, approveFirst, approveSecond, rejectThird)).Succeeded());

        Assert.Equal(GrantStatus.Approved, (await _world.GrantAsync(first)).Status);
        Assert.Equal(1800m, (await _world.GrantAsync(second)).TotalAmount);
        Assert.Equal(GrantStatus.Rejected, (await _world.GrantAsync(third)).Status);
        Assert.Equal(1500m, (await _world.FundAsync(_world.DonationId)).Committed);
        Assert.Equal(1800m, (await _world.FundAsync(_world.OwnFundsId)).Committed);
    }

    [Fact]
    public async Task One_approval_the_fund_cannot_cover_refuses_the_lot_names_its_position_and_changes_nothing()
    {
        var (meetingId, first, second, _) = await AgendaAsync();
        // The donation holds 2,500: the first 1,500 fits, the second does not once the first is counted.
        var approveFirst = await _world.ApprovalAsync(first, _world.DonationId);
        var approveSecond = await _world.ApprovalAsync(second, _world.DonationId);
        _world.ActAs(_world.Chair);
        var before = await _world.StateAsync();

        var result = await DecideAllAsync(meetingId, approveFirst, approveSecond);

        result.Refused("不足以支付");
        Assert.Equal("[1]", Assert.Single(result.Validation.Errors).PropertyName);
        Assert.Equal(before, await _world.StateAsync());
    }

    [Fact]
    public async Task Invalid_inputs_are_all_reported_by_position_before_anything_is_checked()
    {
        var (meetingId, first, second, _) = await AgendaAsync();
        var noFund = (await _world.ApprovalAsync(first, _world.OwnFundsId)) with { FundSourceId = null };
        var noReason = (await _world.ApprovalAsync(second, _world.OwnFundsId)) with { Outcome = DecisionOutcome.Rejected };
        _world.ActAs(_world.Chair);
        var before = await _world.StateAsync();

        var result = await DecideAllAsync(meetingId, noFund, noReason);

        Assert.Equal(["[0].FundSourceId", "[1].Reason"], result.Validation.Errors.Select(e => e.PropertyName).ToArray());
        Assert.Equal(before, await _world.StateAsync());
    }

    [Fact]
    public async Task Nothing_chosen_an_officer_or_the_same_application_twice_is_refused()
    {
        var (meetingId, first, _, _) = await AgendaAsync();
        var approval = await _world.ApprovalAsync(first, _world.OwnFundsId);
        var before = await _world.StateAsync();

        _world.ActAs(_world.CompanyOfficer);
        (await DecideAllAsync(meetingId, approval)).Refused("只有工会主席");
        _world.ActAs(_world.Chair);
        (await DecideAllAsync(meetingId)).Refused("请至少为一件申请选择研究结果");
        (await DecideAllAsync(meetingId, approval, approval)).Refused("张三明的申请在本次提交中出现了两次");
        Assert.Equal(before, await _world.StateAsync());
    }

    [Fact]
    public async Task A_meeting_still_to_come_is_refused_with_its_date_written_as_the_ui_writes_it()
    {
        var grantId = await _world.ApplyAsync("张三明");
        var heldOn = WorkflowDatabase.Today.AddDays(3);
        var meetingId = await _world.MeetingAsync(heldOn);
        await _world.AttachAsync(meetingId, grantId);
        var approval = await _world.ApprovalAsync(grantId, _world.OwnFundsId);
        _world.ActAs(_world.Chair);

        (await DecideAllAsync(meetingId, approval)).Refused($"会议定于 {heldOn.Year}年{heldOn.Month}月{heldOn.Day}日 召开");
        (await _world.Service<CommitteeService, ServiceResult<int>>(s => s.DecideAsync(meetingId, approval))).Refused($"{heldOn.Year}年{heldOn.Month}月{heldOn.Day}日");
    }

    [Fact]
    public async Task The_pending_list_narrows_to_a_unit_below_and_a_category()
    {
        var inA = await _world.ApplyAsync("张三明");
        var inB = await _world.ApplyAsync("王五");
        var hardship = await _world.ApplyAsync("李四", 1000m, category: HouseholdCategory.HardshipEmployee);
        _world.ActAs(_world.Chair);

        var all = await _world.Service<CommitteeService, PagedResult<GrantListItem>>(s => s.PendingAsync(_world.CampaignId, null, null, new PageRequest()));
        var branchA = await _world.Service<CommitteeService, PagedResult<GrantListItem>>(s => s.PendingAsync(_world.CampaignId, _world.BranchA.Id, null, new PageRequest()));
        var hardshipInA = await _world.Service<CommitteeService, PagedResult<GrantListItem>>(
            s => s.PendingAsync(_world.CampaignId, _world.BranchA.Id, HouseholdCategory.HardshipEmployee, new PageRequest()));

        Assert.Equal([inA, inB, hardship], all.Items.Select(g => g.Id).Order().ToArray());
        Assert.Equal([inA, hardship], branchA.Items.Select(g => g.Id).Order().ToArray());
        Assert.Equal([hardship], hardshipInA.Items.Select(g => g.Id).ToArray());

        // A branch officer asking for the other branch's applications: not found, not an empty list.
        _world.ActAs(_world.OfficerA);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            _world.Service<CommitteeService, PagedResult<GrantListItem>>(s => s.PendingAsync(_world.CampaignId, _world.BranchB.Id, null, new PageRequest())));
    }
}
