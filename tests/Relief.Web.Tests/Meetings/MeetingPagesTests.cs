using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Meetings;

/// <summary>
/// 工会委员会会议 through the pages: a meeting created, waiting applications put on its agenda (filtered by unit and
/// category), decided one by one or all at once; every refusal with its reason and nothing half-saved. The demo's
/// running campaign has seven applications waiting for a meeting.
/// </summary>
public sealed class MeetingPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private async Task<int> CampaignAsync() => (await factory.RunningCampaignAsync()).Id;

    private async Task<int> FundAsync(FundSourceKind kind)
    {
        var campaignId = await CampaignAsync();
        return await factory.QueryAsync(db => db.FundSources.Where(f => f.CampaignId == campaignId && f.Kind == kind).Select(f => f.Id).FirstAsync());
    }

    private Task<FundSource> FundRowAsync(int id) => factory.QueryAsync(db => db.FundSources.AsNoTracking().SingleAsync(f => f.Id == id));

    private Task<Grant> GrantAsync(int id) => factory.QueryAsync(db => db.Grants.AsNoTracking().Include(g => g.Household).SingleAsync(g => g.Id == id));

    /// <summary>Creates a meeting held today through the form, as the chair, and returns its id.</summary>
    private async Task<int> NewMeetingAsync(HttpClient chair, string title)
    {
        var form = await chair.GetHtmlAsync($"/Meetings/Create?campaignId={await CampaignAsync()}");
        var saved = await chair.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = title }, formSelector: "#meeting-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return int.Parse(saved.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>Puts the given waiting applications on the meeting's agenda through the attach form.</summary>
    private static async Task AttachAsync(HttpClient client, int meetingId, params int[] grantIds)
    {
        var page = await client.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        var values = new List<KeyValuePair<string, string>>(grantIds.Select(id => new KeyValuePair<string, string>("GrantIds", id.ToString(CultureInfo.InvariantCulture))))
        {
            new("__RequestVerificationToken", page.QuerySelector("#attach-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        };
        using var content = new FormUrlEncodedContent(values);
        var response = await client.PostAsync($"/Meetings/Details/{meetingId}?handler=Attach", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<List<int>> WaitingAsync(int count, int? unitId = null) => Applications.NewAsync(factory, count, unitId);

    /// <summary>Presses one row's 记录此项决定 with the given fields (the rest of the form as the page has it).</summary>
    private static Task<HttpResponseMessage> DecideAsync(HttpClient chair, IHtmlDocument page, int grantId, Dictionary<string, string> fields)
    {
        fields["grantId"] = grantId.ToString(CultureInfo.InvariantCulture);
        return chair.SubmitAsync(page, fields, formSelector: "#decision-form", submitSelector: $"#decide-{grantId}");
    }

    [Fact]
    public async Task A_chair_creates_a_meeting_attaches_waiting_applications_and_decides_them_one_by_one()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var campaign = await factory.RunningCampaignAsync();
        var campaignId = campaign.Id;
        var meetingsBefore = await factory.QueryAsync(db => db.CommitteeMeetings.CountAsync());

        // The form comes prefilled: the campaign's next meeting by number (the demo held two), with the last meeting's
        // six attendees and a blank row.
        var company = await factory.UnitOfAsync(DemoUsers.Chair);
        var held = await factory.QueryAsync(db => db.CommitteeMeetings.CountAsync(m => m.CampaignId == campaignId && m.OrgUnitId == company));
        var form = await chair.GetHtmlAsync($"/Meetings/Create?campaignId={campaignId}");
        Assert.Equal($"{campaign.Year}年元旦春节送温暖第{"一二三四五六七八九十"[held]}次工会委员会会议", form.Value("#Input_Title"));
        Assert.Equal(7, form.QuerySelectorAll(".attendee-row").Length);
        Assert.Equal("陈国华", form.Value("#Input_Attendees_0_Name"));

        // No title and no attendee: refused next to the fields, nothing saved.
        var blank = new Dictionary<string, string> { ["Input.Title"] = "" };
        for (var i = 0; i < 7; i++) blank[$"Input.Attendees[{i}].Name"] = blank[$"Input.Attendees[{i}].Title"] = "";
        var refused = await chair.SubmitAsync(form, blank, formSelector: "#meeting-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await refused.ReadHtmlAsync();
        Assert.Contains("会议名称", refusedPage.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Contains("请填写参会人员", refusedPage.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(meetingsBefore, await factory.QueryAsync(db => db.CommitteeMeetings.CountAsync()));

        var meetingId = await NewMeetingAsync(chair, "送温暖第三次工会委员会会议");
        var details = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        Assert.Contains("会议已保存", details.Text(".alert-success"), StringComparison.Ordinal);
        Assert.Contains("陈国华（工会主席）", details.Text("#attendees"), StringComparison.Ordinal);
        var waiting = details.QuerySelectorAll(".pending-table tbody tr").Length;
        Assert.Equal(await factory.QueryAsync(db => db.Grants.CountAsync(g => g.CampaignId == campaignId && g.Status == GrantStatus.Applied && g.CommitteeMeetingId == null)), waiting);

        // The waiting list narrows to the officer's branch and to one category.
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var inBranch = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}?UnitId={branch}");
        var branchCount = await factory.QueryAsync(db => db.Grants.CountAsync(g => g.CampaignId == campaignId && g.Status == GrantStatus.Applied && g.CommitteeMeetingId == null && g.OrgUnitId == branch));
        Assert.Equal(branchCount, inBranch.QuerySelectorAll(".pending-table tbody tr").Length);
        Assert.True(branchCount < waiting);
        var anyCategory = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.Status == GrantStatus.Applied && g.CommitteeMeetingId == null)
            .Select(g => g.Category).FirstAsync());
        var inCategory = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}?Category={anyCategory}");
        var label = inCategory.QuerySelector($"#Category option[value={anyCategory}]")!.TextContent.Trim();
        Assert.NotEmpty(inCategory.QuerySelectorAll(".pending-table tbody tr"));
        Assert.All(inCategory.QuerySelectorAll(".pending-table tbody tr"), row => Assert.Contains(label, row.TextContent, StringComparison.Ordinal));

        // Attach two new ones of the officer's branch: they leave the waiting list and stand on the agenda.
        var mine = await WaitingAsync(2, branch);
        await AttachAsync(chair, meetingId, [.. mine]);
        details = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        Assert.Contains("已将 2 件申请列入议程", details.Text(".alert-success"), StringComparison.Ordinal);
        Assert.NotNull(details.QuerySelector($"#grant-{mine[0]}"));
        Assert.Null(details.QuerySelector($"#pending-{mine[0]}"));

        // No outcome chosen: the row says what is missing, nothing changes.
        var noOutcome = await DecideAsync(chair, details, mine[0], []);
        Assert.Equal(HttpStatusCode.OK, noOutcome.StatusCode);
        Assert.Contains("请选择“批准”或“不予批准”", (await noOutcome.ReadHtmlAsync()).Text($"#grant-{mine[0]}"), StringComparison.Ordinal);
        Assert.Equal(GrantStatus.Applied, (await GrantAsync(mine[0])).Status);

        // Approved with a changed amount against the own funds: the fund commits exactly that.
        var ownFunds = await FundAsync(FundSourceKind.OwnFunds);
        var committedBefore = (await FundRowAsync(ownFunds)).Committed;
        var first = await GrantAsync(mine[0]);
        var changedAmount = first.InKindValue + 600m;
        var approved = await DecideAsync(chair, details, mine[0], new()
        {
            [$"Rows[{mine[0]}].Outcome"] = nameof(DecisionOutcome.Approved),
            [$"Rows[{mine[0]}].ApprovedAmount"] = changedAmount.ToString(CultureInfo.InvariantCulture),
            [$"Rows[{mine[0]}].FundSourceId"] = ownFunds.ToString(CultureInfo.InvariantCulture),
            [$"Rows[{mine[0]}].Reason"] = "经集体研究调整金额",
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        details = await chair.GetHtmlAsync(approved.Headers.Location!.ToString());
        Assert.Contains($"已记录：{first.Household!.Name}，批准 ¥{changedAmount:N2}，列支“公司工会本级经费”", details.Text(".alert-success"), StringComparison.Ordinal);
        var decided = await GrantAsync(mine[0]);
        Assert.Equal(GrantStatus.Approved, decided.Status);
        Assert.Equal(changedAmount, decided.TotalAmount);
        Assert.Equal(ownFunds, decided.FundSourceId);
        Assert.Equal(committedBefore + changedAmount, (await FundRowAsync(ownFunds)).Committed);

        // Rejected: a reason is required; with one, the application is rejected and no money moves.
        var rejectNoReason = await DecideAsync(chair, details, mine[1], new() { [$"Rows[{mine[1]}].Outcome"] = nameof(DecisionOutcome.Rejected) });
        Assert.Contains("不予批准须填写理由", (await rejectNoReason.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(GrantStatus.Applied, (await GrantAsync(mine[1])).Status);
        var rejected = await DecideAsync(chair, details, mine[1], new()
        {
            [$"Rows[{mine[1]}].Outcome"] = nameof(DecisionOutcome.Rejected), [$"Rows[{mine[1]}].Reason"] = "家庭人均收入已高于认定标准",
        });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(GrantStatus.Rejected, (await GrantAsync(mine[1])).Status);
        Assert.Equal(committedBefore + changedAmount, (await FundRowAsync(ownFunds)).Committed);

        // What was approved can go on a notice: the link carries the meeting and its unit, and the notice form lists exactly it.
        details = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        var link = details.QuerySelector("#build-notice")?.GetAttribute("href") ?? "";
        Assert.Contains($"meetingId={meetingId}", link, StringComparison.Ordinal);
        var notice = await chair.GetHtmlAsync(link);
        Assert.Equal(meetingId.ToString(CultureInfo.InvariantCulture), notice.Value("#Input_CommitteeMeetingId"));
        Assert.Single(notice.QuerySelectorAll(".notice-table tbody tr"));

        // The list shows the meeting with its decisions.
        var list = await chair.GetHtmlAsync($"/Meetings?campaignId={campaignId}");
        var row = list.QuerySelector($"#meetings a[href='/Meetings/Details/{meetingId}']")!.Closest("tr")!;
        Assert.Contains("送温暖第三次工会委员会会议", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2", "1", $"{changedAmount:N2} 元", "1"], row.QuerySelectorAll("td.num").Select(c => c.TextContent.Trim()).ToArray());
    }

    [Fact]
    public async Task Recording_all_at_once_is_all_or_nothing_and_names_the_row_the_fund_cannot_cover()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var meetingId = await NewMeetingAsync(chair, "全部记录测试会议");
        await AttachAsync(chair, meetingId, [.. await WaitingAsync(2)]);
        var donation = await FundAsync(FundSourceKind.Donation);
        var allocation = await FundAsync(FundSourceKind.Allocation);
        var donationBefore = await FundRowAsync(donation);
        // The rows in the order the page shows them (and posts them): the first fits the donation, the second does not.
        var grants = (await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}")).QuerySelectorAll(".agenda-item")
            .Select(e => int.Parse(e.Id!["grant-".Length..], CultureInfo.InvariantCulture)).ToList();
        var first = await GrantAsync(grants[0]);
        var second = await GrantAsync(grants[1]);
        await factory.QueryAsync(async db =>
        {
            var fund = await db.FundSources.SingleAsync(f => f.Id == donation);
            fund.Amount = fund.Committed + fund.Spent + first.TotalAmount + second.TotalAmount - 0.01m;
            return await db.SaveChangesAsync();
        });
        var page = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        var both = new Dictionary<string, string>();
        foreach (var id in grants)
        {
            both[$"Rows[{id}].Outcome"] = nameof(DecisionOutcome.Approved);
            both[$"Rows[{id}].FundSourceId"] = donation.ToString(CultureInfo.InvariantCulture);
        }
        var refused = await chair.SubmitAsync(page, both, formSelector: "#decision-form", submitSelector: "#decide-all");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await refused.ReadHtmlAsync();
        // The refusal stands next to the second row, names its household and the balance; the first is not saved either.
        var message = refusedPage.Text($"#grant-{grants[1]} .invalid-feedback");
        Assert.Contains(second.Household!.Name, message, StringComparison.Ordinal);
        Assert.Contains("不足以支付", message, StringComparison.Ordinal);
        Assert.Equal(GrantStatus.Applied, (await GrantAsync(grants[0])).Status);
        Assert.Equal(donationBefore.Committed, (await FundRowAsync(donation)).Committed);
        // What was typed is still there.
        Assert.True(((IHtmlInputElement)refusedPage.QuerySelector($"#Rows_{grants[0]}_Approve")!).IsChecked);
        Assert.Equal(donation.ToString(CultureInfo.InvariantCulture), refusedPage.Value($"#Rows_{grants[1]}_FundSourceId"));

        // The second charged to the allocation instead: both saved together.
        both[$"Rows[{grants[1]}].FundSourceId"] = allocation.ToString(CultureInfo.InvariantCulture);
        var saved = await chair.SubmitAsync(page, both, formSelector: "#decision-form", submitSelector: "#decide-all");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("已记录 2 项决定：批准 2 项", (await chair.GetHtmlAsync(saved.Headers.Location!.ToString())).Text(".alert-success"), StringComparison.Ordinal);
        Assert.Equal(GrantStatus.Approved, (await GrantAsync(grants[0])).Status);
        Assert.Equal(allocation, (await GrantAsync(grants[1])).FundSourceId);
        Assert.Equal(donationBefore.Committed + first.TotalAmount, (await FundRowAsync(donation)).Committed);
    }

    [Fact]
    public async Task An_application_changed_meanwhile_is_a_conflict_with_the_input_kept_and_a_bad_amount_a_message()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var meetingId = await NewMeetingAsync(chair, "并发修改测试会议");
        var grantId = (await WaitingAsync(1))[0];
        await AttachAsync(chair, meetingId, grantId);
        var page = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        var fund = await FundAsync(FundSourceKind.Allocation);

        var letters = await DecideAsync(chair, page, grantId, new()
        {
            [$"Rows[{grantId}].Outcome"] = nameof(DecisionOutcome.Approved), [$"Rows[{grantId}].ApprovedAmount"] = "一千",
            [$"Rows[{grantId}].FundSourceId"] = fund.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, letters.StatusCode);
        var lettersPage = await letters.ReadHtmlAsync();
        Assert.Contains("“一千”不是一个数字", lettersPage.Text($"#grant-{grantId}"), StringComparison.Ordinal);
        Assert.Equal("一千", lettersPage.Value($"#Rows_{grantId}_ApprovedAmount"));

        // Someone else edits the application after the chair opened the page.
        await factory.QueryAsync(async db =>
        {
            var grant = await db.Grants.SingleAsync(g => g.Id == grantId);
            grant.Reason += "（已补充材料）";
            return await db.SaveChangesAsync();
        });
        var stale = await DecideAsync(chair, page, grantId, new()
        {
            [$"Rows[{grantId}].Outcome"] = nameof(DecisionOutcome.Approved), [$"Rows[{grantId}].FundSourceId"] = fund.ToString(CultureInfo.InvariantCulture),
            [$"Rows[{grantId}].Reason"] = "同意",
        });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var stalePage = await stale.ReadHtmlAsync();
        Assert.Contains("已被他人修改", stalePage.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(GrantStatus.Applied, (await GrantAsync(grantId)).Status);
        Assert.Equal("同意", stalePage.Value($"#Rows_{grantId}_Reason"));
        Assert.Contains("已补充材料", stalePage.Text($"#grant-{grantId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officers_put_applications_on_the_agenda_but_only_the_chair_decides()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var meetingId = await NewMeetingAsync(chair, "分工权限测试会议");
        var grants = await WaitingAsync(2);
        await AttachAsync(chair, meetingId, grants[0]);

        // The company's meeting is outside the branch officer's scope: not found, its edit form too.
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Meetings/Details/{meetingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Meetings/Edit/{meetingId}")).StatusCode);

        // The officer's own branch meeting: agenda yes, decisions no (no button, the reason said, a forged post refused).
        var branchMeeting = await NewBranchMeetingAsync(officer);
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var branchGrant = (await WaitingAsync(1, branch))[0];
        await AttachAsync(officer, branchMeeting, branchGrant);
        var page = await officer.GetHtmlAsync($"/Meetings/Details/{branchMeeting}");
        Assert.NotNull(page.QuerySelector($"#detach-{branchGrant}"));
        Assert.Null(page.QuerySelector($"#decide-{branchGrant}"));
        Assert.Null(page.QuerySelector($"#Rows_{branchGrant}_Approve"));
        Assert.Contains("研究决定由工会主席录入", page.Text("#chair-only"), StringComparison.Ordinal);
        var forged = await officer.PostWithTokenAsync(page, $"/Meetings/Details/{branchMeeting}?handler=Decide", new Dictionary<string, string>
        {
            ["grantId"] = branchGrant.ToString(CultureInfo.InvariantCulture), ["Rows.index"] = branchGrant.ToString(CultureInfo.InvariantCulture),
            [$"Rows[{branchGrant}].GrantId"] = branchGrant.ToString(CultureInfo.InvariantCulture), [$"Rows[{branchGrant}].Outcome"] = nameof(DecisionOutcome.Approved),
            [$"Rows[{branchGrant}].FundSourceId"] = (await FundAsync(FundSourceKind.OwnFunds)).ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("只有工会主席可以录入会议研究决定", (await forged.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(GrantStatus.Applied, (await GrantAsync(branchGrant)).Status);

        // Taken off the agenda again by the officer: it waits for a meeting once more.
        var detached = await officer.SubmitAsync(page, new Dictionary<string, string> { ["grantId"] = branchGrant.ToString(CultureInfo.InvariantCulture) },
            formSelector: "#decision-form", submitSelector: $"#detach-{branchGrant}");
        Assert.Equal(HttpStatusCode.Redirect, detached.StatusCode);
        Assert.Null((await GrantAsync(branchGrant)).CommitteeMeetingId);

        // An auditor reads the chair's meeting and can neither attach nor decide.
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var read = await auditor.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        Assert.NotNull(read.QuerySelector($"#grant-{grants[0]}"));
        Assert.Null(read.QuerySelector("#attach-form"));
        Assert.Null(read.QuerySelector("#decision-form"));
        Assert.Null(read.QuerySelector("a[href^='/Meetings/Edit']"));
        var attach = await auditor.PostWithTokenAsync(read, $"/Meetings/Details/{meetingId}?handler=Attach", new Dictionary<string, string> { ["GrantIds"] = grants[1].ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Forbidden, attach.StatusCode);
        Assert.Contains("您的角色只能查看，不能修改", (await attach.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Null((await GrantAsync(grants[1])).CommitteeMeetingId);
    }

    private async Task<int> NewBranchMeetingAsync(HttpClient officer)
    {
        var form = await officer.GetHtmlAsync($"/Meetings/Create?campaignId={await CampaignAsync()}");
        // A branch officer's only unit is the branch: it is preselected.
        Assert.Equal((await factory.UnitOfAsync(DemoUsers.Officer)).ToString(CultureInfo.InvariantCulture), form.Value("#Input_OrgUnitId"));
        var saved = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "丽水供电分工会委员会会议", ["Input.HeldOn"] = factory.Today().AddDays(-1).Iso(),
        }, formSelector: "#meeting-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return int.Parse(saved.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_meeting_of_a_closed_campaign_is_read_only_and_a_forged_decision_is_refused_with_the_reason()
    {
        var closed = (await factory.PreviousCampaignAsync()).Id;
        var meeting = await factory.QueryAsync(db => db.CommitteeMeetings.Where(m => m.CampaignId == closed).Select(m => m.Id).FirstAsync());
        var grantId = await factory.QueryAsync(db => db.Grants.Where(g => g.CommitteeMeetingId == meeting).Select(g => g.Id).FirstAsync());
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var page = await chair.GetHtmlAsync($"/Meetings/Details/{meeting}");
        Assert.Contains("本活动已结束，会议记录只读", page.Text("main"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#decision-form"));
        Assert.Null(page.QuerySelector("#attach-form"));
        Assert.Null(page.QuerySelector("a[href^='/Meetings/Edit']"));
        var before = await factory.QueryAsync(db => db.GrantDecisions.CountAsync());

        var forged = await chair.PostWithTokenAsync(page, $"/Meetings/Details/{meeting}?handler=DecideAll", new Dictionary<string, string>
        {
            ["Rows.index"] = grantId.ToString(CultureInfo.InvariantCulture), [$"Rows[{grantId}].GrantId"] = grantId.ToString(CultureInfo.InvariantCulture),
            [$"Rows[{grantId}].Outcome"] = nameof(DecisionOutcome.Rejected), [$"Rows[{grantId}].Reason"] = "试图修改已结束活动",
        });
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("已结束，所有记录只读", (await forged.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(before, await factory.QueryAsync(db => db.GrantDecisions.CountAsync()));

        // The meeting list says so and offers no new meeting.
        var list = await chair.GetHtmlAsync($"/Meetings?campaignId={closed}");
        Assert.Null(list.QuerySelector("a[href^='/Meetings/Create']"));
        Assert.Contains("已结束", list.Text(".alert-secondary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_still_to_come_takes_no_decisions_yet_and_an_edit_after_someone_elses_save_is_a_conflict()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var form = await chair.GetHtmlAsync($"/Meetings/Create?campaignId={await CampaignAsync()}");
        var heldOn = factory.Today().AddDays(3);
        var saved = await chair.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "下周工会委员会会议", ["Input.HeldOn"] = heldOn.Iso(),
        }, formSelector: "#meeting-form");
        var meetingId = int.Parse(saved.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
        var grantId = (await WaitingAsync(1))[0];
        await AttachAsync(chair, meetingId, grantId);

        var page = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        Assert.Contains($"会议定于 {heldOn.Chinese()} 召开", page.Text("main"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"#decide-{grantId}"));

        // Two people open the edit form; the second save is a conflict that keeps what was typed.
        var first = await chair.GetHtmlAsync($"/Meetings/Edit/{meetingId}");
        var second = await chair.GetHtmlAsync($"/Meetings/Edit/{meetingId}");
        Assert.Equal(HttpStatusCode.Redirect, (await chair.SubmitAsync(first, new Dictionary<string, string> { ["Input.MinutesReference"] = "丽电工纪〔2021〕5号" }, formSelector: "#meeting-form")).StatusCode);
        var conflict = await chair.SubmitAsync(second, new Dictionary<string, string> { ["Input.MinutesReference"] = "丽电工纪〔2021〕6号" }, formSelector: "#meeting-form");
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var conflictPage = await conflict.ReadHtmlAsync();
        Assert.Contains("此记录已被他人修改", conflictPage.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal("丽电工纪〔2021〕6号", conflictPage.Value("#Input_MinutesReference"));
        Assert.Equal("丽电工纪〔2021〕5号", await factory.QueryAsync(db => db.CommitteeMeetings.Where(m => m.Id == meetingId).Select(m => m.MinutesReference).SingleAsync()));
    }

    [Fact]
    public async Task The_decision_page_speaks_english_after_the_language_switch()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var meetingId = await NewMeetingAsync(chair, "English meeting");
        await AttachAsync(chair, meetingId, (await WaitingAsync(1))[0]);
        var home = await chair.GetHtmlAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, (await chair.SubmitAsync(home, new Dictionary<string, string>(), formSelector: "form.culture-switch")).StatusCode);

        var page = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        Assert.Contains("Agenda and decisions (1)", page.Text("#agenda-heading"), StringComparison.Ordinal);
        Assert.Contains("Record this decision", page.Text("#decision-form"), StringComparison.Ordinal);
        Assert.Contains("(balance ¥", page.Text("#decision-form select"), StringComparison.Ordinal);
        var list = await chair.GetHtmlAsync("/Meetings");
        Assert.Contains("Committee meetings", list.Text("h1"), StringComparison.Ordinal);
    }
}
