using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;

namespace Relief.Core.Tests.Grants;

/// <summary>The workflow's happy steps as one-liners (each asserting success), and the checks the refusal tests share.</summary>
public static class WorkflowSteps
{
    public static T Succeeded<T>(this ServiceResult<T> result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Validation.Errors.Select(e => e.ErrorMessage)));
        return result.Value!;
    }

    /// <summary>Refused, with a message that contains <paramref name="expected"/>.</summary>
    public static void Refused<T>(this ServiceResult<T> result, string expected)
    {
        Assert.False(result.Succeeded, "The step should have been refused.");
        var messages = string.Join("; ", result.Validation.Errors.Select(e => e.ErrorMessage));
        Assert.Contains(expected, messages, StringComparison.Ordinal);
    }

    public static GrantInput Application(this WorkflowDatabase world, string household, GrantKind kind, HouseholdCategory category, decimal cash) => new()
    {
        CampaignId = world.CampaignId,
        HouseholdId = world.Households[household],
        Kind = kind,
        Category = category,
        CashAmount = cash,
        Reason = "家庭困难，申请节日补助",
    };

    public static async Task<int> ApplyAsync(this WorkflowDatabase world, string household, decimal cash = 2000m,
        GrantKind kind = GrantKind.HardshipSubsidy, HouseholdCategory category = HouseholdCategory.ExtremeHardshipEmployee)
    {
        world.ActAs(WorkflowDatabase.User(world.HouseholdUnits[household], Relief.Core.Features.Administration.Roles.Officer));
        return (await world.Service<GrantService, ServiceResult<int>>(s => s.ApplyAsync(world.Application(household, kind, category, cash)))).Succeeded();
    }

    public static async Task<int> MeetingAsync(this WorkflowDatabase world, DateOnly? heldOn = null)
    {
        world.ActAs(world.CompanyOfficer);
        return (await world.Service<CommitteeService, ServiceResult<int>>(s => s.CreateAsync(new CommitteeMeetingInput
        {
            CampaignId = world.CampaignId,
            OrgUnitId = world.Company.Id,
            Title = "送温暖工会委员会会议",
            HeldOn = heldOn ?? WorkflowDatabase.MeetingsOn,
            MinutesReference = "工纪〔2026〕1号",
            Attendees = [new() { Name = "陈国华", Title = "工会主席" }, new() { Name = "林晓梅", Title = "工会副主席" }, new() { Name = "刘敏", Title = "经审主任" }],
        }))).Succeeded();
    }

    public static async Task AttachAsync(this WorkflowDatabase world, int meetingId, params int[] grantIds)
    {
        // The set-up's meetings sit before today (MeetingsOn), and a decision comes after its application: an application
        // made today by the set-up is dated as the set-up's applications are (ApplicationsOn) when it goes on an agenda.
        var applicationsOn = WorkflowDatabase.ApplicationsOn;
        await world.WithDbAsync(db => db.Grants.OutsideUnitScope().Where(g => grantIds.Contains(g.Id) && g.AppliedOn > applicationsOn)
            .ExecuteUpdateAsync(set => set.SetProperty(g => g.AppliedOn, applicationsOn)));
        world.ActAs(world.CompanyOfficer);
        (await world.Service<CommitteeService, ServiceResult<int>>(s => s.AttachAsync(meetingId, grantIds))).Succeeded();
    }

    public static async Task<DecisionInput> ApprovalAsync(this WorkflowDatabase world, int grantId, int fundId, decimal? amount = null) => new()
    {
        GrantId = grantId,
        Outcome = DecisionOutcome.Approved,
        FundSourceId = fundId,
        ApprovedAmount = amount,
        GrantVersion = (await world.GrantAsync(grantId)).Version,
    };

    public static async Task ApproveAsync(this WorkflowDatabase world, int meetingId, int grantId, int fundId, decimal? amount = null)
    {
        var decision = await world.ApprovalAsync(grantId, fundId, amount);
        world.ActAs(world.Chair);
        (await world.Service<CommitteeService, ServiceResult<int>>(s => s.DecideAsync(meetingId, decision))).Succeeded();
    }

    /// <summary>Applies, puts on a new meeting and approves against the own funds: the grant ends Approved.</summary>
    public static async Task<int> ApprovedGrantAsync(this WorkflowDatabase world, string household, decimal cash = 2000m)
    {
        var grantId = await world.ApplyAsync(household, cash);
        var meetingId = await world.MeetingAsync();
        await world.AttachAsync(meetingId, grantId);
        await world.ApproveAsync(meetingId, grantId, world.OwnFundsId);
        return grantId;
    }

    public static NoticeInput Notice(this WorkflowDatabase world, DateOnly postedOn, int? meetingId = null) => new()
    {
        CampaignId = world.CampaignId,
        OrgUnitId = world.Company.Id,
        CommitteeMeetingId = meetingId,
        Title = "送温暖帮扶对象公示",
        PostedOn = postedOn,
        // A notice of an earlier day is a paper notice entered after the fact, with its reason (a Chair's act).
        EnteredLateReason = postedOn < WorkflowDatabase.Today ? "纸质公示已张贴，事后补录" : null,
        Location = "公司公开栏",
        ObjectionContact = "如有异议请向公司工会反映",
        MaskNames = true,
    };

    public static async Task<int> PostNoticeAsync(this WorkflowDatabase world, DateOnly postedOn, int? meetingId = null)
    {
        world.ActAs(postedOn < WorkflowDatabase.Today ? world.Chair : world.CompanyOfficer);
        return (await world.Service<NoticeService, ServiceResult<int>>(s => s.PostAsync(world.Notice(postedOn, meetingId)))).Succeeded();
    }

    public static async Task<int> CloseNoticeAsync(this WorkflowDatabase world, int noticeId)
    {
        world.ActAs(world.CompanyOfficer);
        var version = await world.WithDbAsync(db => db.PublicNotices.Where(n => n.Id == noticeId).Select(n => n.Version).SingleAsync());
        return (await world.Service<NoticeService, ServiceResult<int>>(s => s.CloseAsync(noticeId, version))).Succeeded();
    }

    /// <summary>Approved and through a notice that ended two weeks ago: the grant ends Payable.</summary>
    public static async Task<int> PayableGrantAsync(this WorkflowDatabase world, string household, decimal cash = 2000m)
    {
        var grantId = await world.ApprovedGrantAsync(household, cash);
        var noticeId = await world.PostNoticeAsync(WorkflowDatabase.Today.AddDays(-20));
        await world.CloseNoticeAsync(noticeId);
        return grantId;
    }

    public static DisbursementInput Payment(int grantId) => new()
    {
        GrantId = grantId, PaidOn = WorkflowDatabase.Today, Method = DisbursementMethod.Cash, PaidBy = "吴丽娟", SignedOff = true,
    };

    public static Task<Grant> GrantAsync(this WorkflowDatabase world, int id) =>
        world.WithDbAsync(db => db.Grants.AsNoTracking().SingleAsync(g => g.Id == id));

    public static Task<Relief.Core.Features.Campaigns.FundSource> FundAsync(this WorkflowDatabase world, int id) =>
        world.WithDbAsync(db => db.FundSources.AsNoTracking().SingleAsync(f => f.Id == id));

    /// <summary>
    /// Everything the workflow can change, as one string: equal before and after a refused step means nothing changed
    /// (the audit count catches any save at all).
    /// </summary>
    public static Task<string> StateAsync(this WorkflowDatabase world) => world.WithDbAsync(async db =>
    {
        var grants = await db.Grants.AsNoTracking().OrderBy(g => g.Id)
            .Select(g => $"{g.Id}:{g.Status}:{g.TotalAmount}:{g.FundSourceId}:{g.CommitteeMeetingId}:{g.Version}").ToListAsync();
        var funds = await db.FundSources.AsNoTracking().OrderBy(f => f.Id).Select(f => $"{f.Id}:{f.Amount}:{f.Committed}:{f.Spent}:{f.Version}").ToListAsync();
        var notices = await db.PublicNotices.AsNoTracking().OrderBy(n => n.Id).Select(n => $"{n.Id}:{n.Status}:{n.Version}").ToListAsync();
        var objections = await db.Objections.AsNoTracking().OrderBy(o => o.Id).Select(o => $"{o.Id}:{o.Outcome}").ToListAsync();
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.Id).Select(c => $"{c.Id}:{c.Status}:{c.Version}").ToListAsync();
        return string.Join("|", grants) + "#" + string.Join("|", funds) + "#" + string.Join("|", notices) + "#" + string.Join("|", objections)
            + "#" + string.Join("|", campaigns)
            + $"#decisions {await db.GrantDecisions.CountAsync()}#meetings {await db.CommitteeMeetings.CountAsync()}"
            + $"#payments {await db.Disbursements.CountAsync()}#audit {await db.AuditEntries.CountAsync()}";
    });
}
