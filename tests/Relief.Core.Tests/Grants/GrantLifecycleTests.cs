using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;

namespace Relief.Core.Tests.Grants;

/// <summary>Application → committee decision → public notice → payable → paid, through the services, on real SQLite.</summary>
public sealed class GrantLifecycleTests : IAsyncLifetime
{
    private WorkflowDatabase _world = null!;

    public async Task InitializeAsync() => _world = await WorkflowDatabase.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_grant_goes_from_application_to_payment_and_its_money_from_committed_to_spent()
    {
        var grantId = await _world.ApplyAsync("张三明", 2000m);
        Assert.Equal(GrantStatus.Applied, (await _world.GrantAsync(grantId)).Status);

        var meetingId = await _world.MeetingAsync();
        await _world.AttachAsync(meetingId, grantId);
        _world.ActAs(_world.Chair);
        var agenda = await _world.Service<CommitteeService, MeetingDetail>(s => s.GetAsync(meetingId));
        Assert.True(agenda.CanDecide);
        Assert.Equal(3, agenda.Attendees.Count);
        Assert.True(Assert.Single(agenda.Agenda).AwaitsDecision);

        await _world.ApproveAsync(meetingId, grantId, _world.OwnFundsId, 1800m);
        var approved = await _world.GrantAsync(grantId);
        Assert.Equal(GrantStatus.Approved, approved.Status);
        Assert.Equal(1800m, approved.TotalAmount);
        Assert.Equal(1800m, (await _world.FundAsync(_world.OwnFundsId)).Committed);

        var postedOn = WorkflowDatabase.Today.AddDays(-20);
        var noticeId = await _world.PostNoticeAsync(postedOn, meetingId);
        Assert.Equal(GrantStatus.OnNotice, (await _world.GrantAsync(grantId)).Status);
        var notice = await _world.Service<NoticeService, NoticeView>(s => s.GetAsync(noticeId));
        var row = Assert.Single(notice.Rows);
        Assert.Equal("张*明", row.Name);
        Assert.Equal(1800m, row.Amount);
        Assert.True(notice.EndsOn > notice.PostedOn);

        // An objection raised during the period and dismissed keeps the grant.
        _world.ActAs(_world.CompanyOfficer);
        var objectionId = (await _world.Service<ObjectionService, ServiceResult<int>>(s => s.RecordAsync(noticeId, new ObjectionInput
        {
            GrantId = grantId, ReceivedOn = postedOn.AddDays(1), RaisedBy = "营销部 张红", Content = "反映该职工家中有两套住房。",
        }))).Succeeded();
        _world.ActAs(_world.Chair);
        var objectionVersion = await _world.WithDbAsync(db => db.Objections.Where(o => o.Id == objectionId).Select(o => o.Version).SingleAsync());
        (await _world.Service<ObjectionService, ServiceResult<int>>(s => s.HandleAsync(objectionId, new ObjectionHandlingInput
        {
            Outcome = ObjectionOutcome.Dismissed, Handling = "经入户核实，其中一套住房登记在其父母名下，反映情况不属实。", Version = objectionVersion,
        }))).Succeeded();

        Assert.Equal(1, await _world.CloseNoticeAsync(noticeId));
        Assert.Equal(GrantStatus.Payable, (await _world.GrantAsync(grantId)).Status);

        _world.ActAs(_world.OfficerA);
        var sheet = await _world.Service<DisbursementService, SignOffSheet>(s => s.SignOffSheetAsync(_world.CampaignId, _world.BranchA.Id));
        var line = Assert.Single(sheet.Rows);
        Assert.Equal("张三明", line.HouseholdName);
        Assert.Equal("壹仟捌佰元整", line.AmountInCapitals);
        Assert.Equal("壹仟捌佰元整", sheet.TotalInCapitals);

        (await _world.Service<DisbursementService, ServiceResult<int>>(s => s.PayAsync(WorkflowSteps.Payment(grantId)))).Succeeded();
        var fund = await _world.FundAsync(_world.OwnFundsId);
        Assert.Equal(0m, fund.Committed);
        Assert.Equal(1800m, fund.Spent);
        Assert.Equal(WorkflowDatabase.OwnFundsAmount - 1800m, fund.Balance);

        var detail = await _world.Service<GrantService, GrantDetail>(s => s.GetAsync(grantId));
        Assert.Equal(GrantStatus.Disbursed, detail.Status);
        Assert.Equal(DecisionOutcome.Approved, Assert.Single(detail.Decisions).Outcome);
        Assert.Single(detail.Notices);
        Assert.Equal(ObjectionOutcome.Dismissed, Assert.Single(detail.Objections).Outcome);
        Assert.Equal(1800m, detail.Payment!.Amount);

        // Every step is in the audit log under the acting user.
        var audited = await _world.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(Grant) && a.EntityKey == grantId.ToString())
            .Select(a => a.UserName).ToListAsync());
        Assert.True(audited.Count >= 6);
        Assert.Contains(_world.Chair.UserName, audited);
    }

    [Fact]
    public async Task An_upheld_objection_changes_the_amount_and_the_grant_is_decided_and_noticed_again()
    {
        var grantId = await _world.ApprovedGrantAsync("张三明", 2000m);
        var postedOn = WorkflowDatabase.Today.AddDays(-20);
        var noticeId = await _world.PostNoticeAsync(postedOn);
        _world.ActAs(_world.CompanyOfficer);
        var objectionId = (await _world.Service<ObjectionService, ServiceResult<int>>(s => s.RecordAsync(noticeId, new ObjectionInput
        {
            GrantId = grantId, ReceivedOn = postedOn, Content = "该户已在县总工会领取同类补助。",
        }))).Succeeded();

        _world.ActAs(_world.Chair);
        var version = await _world.WithDbAsync(db => db.Objections.Where(o => o.Id == objectionId).Select(o => o.Version).SingleAsync());
        (await _world.Service<ObjectionService, ServiceResult<int>>(s => s.HandleAsync(objectionId, new ObjectionHandlingInput
        {
            Outcome = ObjectionOutcome.Upheld, UpheldAction = UpheldAction.ChangeAmount, NewAmount = 1200m,
            Handling = "经核实已领取县总工会补助800元，本级补助调整为1200元。", Version = version,
        }))).Succeeded();

        var changed = await _world.GrantAsync(grantId);
        Assert.Equal(GrantStatus.Applied, changed.Status);
        Assert.Equal(1200m, changed.TotalAmount);
        Assert.Null(changed.CommitteeMeetingId);
        Assert.Equal(0m, (await _world.FundAsync(_world.OwnFundsId)).Committed);
        // The notice can close now; the changed grant is not made payable by it.
        Assert.Equal(0, await _world.CloseNoticeAsync(noticeId));

        var secondMeeting = await _world.MeetingAsync();
        await _world.AttachAsync(secondMeeting, grantId);
        await _world.ApproveAsync(secondMeeting, grantId, _world.OwnFundsId);
        Assert.Equal(1200m, (await _world.FundAsync(_world.OwnFundsId)).Committed);
        var secondNotice = await _world.PostNoticeAsync(postedOn.AddDays(1), secondMeeting);
        Assert.Equal(1, await _world.CloseNoticeAsync(secondNotice));
        Assert.Equal(GrantStatus.Payable, (await _world.GrantAsync(grantId)).Status);

        var detail = await _world.Service<GrantService, GrantDetail>(s => s.GetAsync(grantId));
        Assert.Equal(2, detail.Decisions.Count);
        Assert.Equal([2000m, 1200m], detail.Notices.Select(n => n.Amount));
    }

    [Fact]
    public async Task An_upheld_objection_can_reject_the_grant_and_its_money_goes_back_to_the_source()
    {
        var grantId = await _world.ApprovedGrantAsync("欧阳小明", 1000m);
        var postedOn = WorkflowDatabase.Today.AddDays(-20);
        var noticeId = await _world.PostNoticeAsync(postedOn);
        _world.ActAs(_world.CompanyOfficer);
        var objectionId = (await _world.Service<ObjectionService, ServiceResult<int>>(s => s.RecordAsync(noticeId, new ObjectionInput
        {
            GrantId = grantId, ReceivedOn = postedOn, Content = "该职工配偶经营个体商店，收入较高。",
        }))).Succeeded();
        _world.ActAs(_world.Chair);
        var version = await _world.WithDbAsync(db => db.Objections.Where(o => o.Id == objectionId).Select(o => o.Version).SingleAsync());
        (await _world.Service<ObjectionService, ServiceResult<int>>(s => s.HandleAsync(objectionId, new ObjectionHandlingInput
        {
            Outcome = ObjectionOutcome.Upheld, UpheldAction = UpheldAction.RejectGrant, Handling = "经核实家庭人均收入高于认定标准。", Version = version,
        }))).Succeeded();

        var rejected = await _world.GrantAsync(grantId);
        Assert.Equal(GrantStatus.Rejected, rejected.Status);
        Assert.Equal("经核实家庭人均收入高于认定标准。", rejected.RejectionReason);
        Assert.Equal(0m, (await _world.FundAsync(_world.OwnFundsId)).Committed);
    }

    [Fact]
    public async Task Bulk_applications_follow_the_standards_and_skip_households_that_already_have_one()
    {
        await _world.ApplyAsync("张三明", 2000m);
        _world.ActAs(_world.CompanyOfficer);
        var input = new BulkApplicationInput
        {
            CampaignId = _world.CampaignId, Kind = GrantKind.HardshipSubsidy, Reason = "特困职工节日补助", Level = Relief.Core.Features.Households.HardshipLevel.Extreme,
        };
        var before = await _world.StateAsync();
        var preview = (await _world.Service<BulkApplicationService, ServiceResult<BulkApplicationResult>>(s => s.PreviewAsync(input))).Succeeded();
        Assert.Equal(before, await _world.StateAsync());
        Assert.Equal(new[] { "欧阳小明", "王五" }.Order(StringComparer.Ordinal), preview.Applications.Select(a => a.HouseholdName).Order(StringComparer.Ordinal));
        Assert.All(preview.Applications, a => Assert.Equal(2000m, a.Amount));
        Assert.Contains(preview.Skipped, s => s.HouseholdName == "张三明" && s.Reason.Contains("已有一笔", StringComparison.Ordinal));

        var applied = (await _world.Service<BulkApplicationService, ServiceResult<BulkApplicationResult>>(s => s.ApplyAsync(input))).Succeeded();
        Assert.Equal(2, applied.Applications.Count);
        Assert.Equal(4000m, applied.TotalAmount);
        var pending = await _world.Service<CommitteeService, PagedResult<GrantListItem>>(s => s.PendingAsync(_world.CampaignId, new PageRequest(1, 50)));
        Assert.Equal(3, pending.Total);
        Assert.All(pending.Items, g => Assert.Equal(GrantStatus.Applied, g.Status));

        // Only one unit's households when a unit is chosen, and a parcel instead of cash.
        var parcel = input with
        {
            Kind = GrantKind.InKind, OrgUnitId = _world.BranchA.Id,
            Items = [new() { Name = "大米", Unit = "袋", Quantity = 2, UnitValue = 80m }, new() { Name = "食用油", Unit = "桶", Quantity = 1, UnitValue = 120m }],
        };
        var parcels = (await _world.Service<BulkApplicationService, ServiceResult<BulkApplicationResult>>(s => s.ApplyAsync(parcel))).Succeeded();
        Assert.Equal(new[] { "张三明", "欧阳小明" }.Order(StringComparer.Ordinal), parcels.Applications.Select(a => a.HouseholdName).Order(StringComparer.Ordinal));
        Assert.All(parcels.Applications, a => Assert.Equal(280m, a.Amount));
    }

    [Fact]
    public async Task Another_units_grant_to_the_same_household_is_flagged_on_the_application_and_in_the_committees_list()
    {
        var branchGrant = await _world.ApplyAsync("张三明", 2000m);
        // The company union helps the same person directly, with serious-illness aid.
        _world.ActAs(_world.CompanyOfficer);
        var input = _world.Application("张三明", GrantKind.SeriousIllnessAid, Relief.Core.Features.Households.HouseholdCategory.SeriousIllness, 3000m) with
        {
            OrgUnitId = _world.Company.Id,
        };
        var companyGrant = (await _world.Service<GrantService, ServiceResult<int>>(s => s.ApplyAsync(input))).Succeeded();

        var flagged = await _world.GrantAsync(companyGrant);
        Assert.Contains("甲分工会", flagged.DuplicateElsewhere, StringComparison.Ordinal);
        Assert.Equal(_world.Company.Id, flagged.OrgUnitId);

        var meetingId = await _world.MeetingAsync();
        await _world.AttachAsync(meetingId, branchGrant, companyGrant);
        var agenda = await _world.Service<CommitteeService, MeetingDetail>(s => s.GetAsync(meetingId));
        Assert.All(agenda.Agenda, item => Assert.True(item.HelpedByOtherUnit));
        Assert.NotNull(agenda.Agenda.Single(a => a.GrantId == companyGrant).DuplicateElsewhere);

        var list = await _world.Service<GrantService, PagedResult<GrantListItem>>(s =>
            s.ListAsync(new GrantQuery { CampaignId = _world.CampaignId, DuplicatesOnly = true }, new PageRequest(1, 50)));
        Assert.Equal(companyGrant, Assert.Single(list.Items).Id);
    }

    [Fact]
    public async Task Withdrawing_an_approved_grant_gives_its_money_back()
    {
        var grantId = await _world.ApprovedGrantAsync("欧阳小明", 2000m);
        Assert.Equal(2000m, (await _world.FundAsync(_world.OwnFundsId)).Committed);
        _world.ActAs(_world.OfficerA);
        var version = (await _world.GrantAsync(grantId)).Version;
        (await _world.Service<GrantService, ServiceResult<int>>(s => s.WithdrawAsync(grantId, "家庭情况好转，主动让给更困难的同事", version))).Succeeded();
        Assert.Equal(GrantStatus.Withdrawn, (await _world.GrantAsync(grantId)).Status);
        Assert.Equal(0m, (await _world.FundAsync(_world.OwnFundsId)).Committed);
    }

    [Fact]
    public async Task Ended_notices_close_by_themselves_once_and_not_while_an_objection_is_open()
    {
        var first = await _world.ApprovedGrantAsync("张三明");
        var firstNotice = await _world.PostNoticeAsync(WorkflowDatabase.Today.AddDays(-20));
        var second = await _world.ApprovedGrantAsync("王五");
        var secondNotice = await _world.PostNoticeAsync(WorkflowDatabase.Today.AddDays(-20));
        _world.ActAs(_world.CompanyOfficer);
        (await _world.Service<ObjectionService, ServiceResult<int>>(s => s.RecordAsync(secondNotice, new ObjectionInput
        {
            GrantId = second, ReceivedOn = WorkflowDatabase.Today.AddDays(-19), Content = "反映情况需核实。",
        }))).Succeeded();
        var third = await _world.ApprovedGrantAsync("欧阳小明");
        await _world.PostNoticeAsync(WorkflowDatabase.Today);

        _world.ActAs(SystemActor.For("test set-up"));
        Assert.Equal(1, await _world.Service<NoticeService, int>(s => s.CloseEndedNoticesAsync(WorkflowDatabase.Today)));
        Assert.Equal(0, await _world.Service<NoticeService, int>(s => s.CloseEndedNoticesAsync(WorkflowDatabase.Today)));

        Assert.Equal(GrantStatus.Payable, (await _world.GrantAsync(first)).Status);
        Assert.Equal(GrantStatus.OnNotice, (await _world.GrantAsync(second)).Status);
        Assert.Equal(GrantStatus.OnNotice, (await _world.GrantAsync(third)).Status);
        Assert.Equal(NoticeStatus.Closed, await _world.WithDbAsync(db => db.PublicNotices.Where(n => n.Id == firstNotice).Select(n => n.Status).SingleAsync()));
    }
}
