using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;
using Relief.Web.Tests.Meetings;

namespace Relief.Web.Tests.Notices;

/// <summary>
/// 公示 and 异议 through the pages: posting approved grants, recording an objection, handling it, closing. Dates come
/// from the records (<see cref="DemoStory"/>): the notice a test posts hangs early in the running campaign, so its
/// period has ended by now whether the demo sits on its story day or in the present.
/// </summary>
public sealed partial class NoticePagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    /// <summary>A notice dated before today is a paper notice a Chair enters after the fact.</summary>
    private const string LateEntry = "纸质公示已在公司公开栏张贴，事后补录";

    private async Task<int> CampaignAsync() => (await factory.RunningCampaignAsync()).Id;

    /// <summary>
    /// Two fresh applications approved at a company meeting held in the campaign's first week, long enough ago that a
    /// notice posted the next day has run its period today.
    /// </summary>
    private async Task<(int MeetingId, DateOnly HeldOn)> ApprovedAtAnEarlyMeetingAsync(DemoCampaign campaign)
    {
        var grantIds = await Applications.NewAsync(factory, 2);
        var company = await factory.UnitOfAsync(DemoUsers.Chair);
        return await factory.QueryAsync(async db =>
        {
            var meeting = new CommitteeMeeting
            {
                CampaignId = campaign.Id, OrgUnitId = company, Title = "公示测试用工会委员会会议", HeldOn = campaign.StartsOn.AddDays(7), CreatedAt = DateTime.UtcNow,
            };
            meeting.Attendees.Add(new MeetingAttendee { Name = "工会主席", Title = "工会主席" });
            db.CommitteeMeetings.Add(meeting);
            await db.SaveChangesAsync();
            foreach (var grant in await db.Grants.Where(g => grantIds.Contains(g.Id)).ToListAsync())
            {
                grant.Status = GrantStatus.Approved;
                grant.CommitteeMeetingId = meeting.Id;
            }
            await db.SaveChangesAsync();
            return (meeting.Id, meeting.HeldOn);
        });
    }

    [GeneratedRegex(@"\d{17}[\dXx]|\d{4}\*{6,}")]
    private static partial Regex IdNumberPattern();

    [Fact]
    public async Task A_notice_is_previewed_posted_printed_with_masked_names_then_objected_to_dismissed_and_closed()
    {
        var campaign = await factory.RunningCampaignAsync();
        var campaignId = campaign.Id;
        var (meetingId, heldOn) = await ApprovedAtAnEarlyMeetingAsync(campaign);
        var approved = await factory.QueryAsync(db => db.Grants.Where(g => g.CommitteeMeetingId == meetingId && g.Status == GrantStatus.Approved)
            .Select(g => new { g.Id, g.Household!.Name }).ToListAsync());
        Assert.NotEmpty(approved);
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);

        var form = await chair.GetHtmlAsync($"/Notices/Create?campaignId={campaignId}&meetingId={meetingId}");
        // The preview is there at once, masked, with the default end date in the help text.
        Assert.Equal(approved.Count, form.QuerySelectorAll(".notice-table tbody tr").Length);
        Assert.Contains(NameMask.Mask(approved[0].Name), form.Text(".notice-table"), StringComparison.Ordinal);
        Assert.DoesNotContain(approved[0].Name, form.Text(".notice-table"), StringComparison.Ordinal);
        Assert.Contains("5 个工作日", form.Text("#help-EndsOn"), StringComparison.Ordinal);

        // Posted the day after the meeting, blank end: the period ends after the configured working days, counted here
        // independently of the product (five working days from a Thursday end on the next Wednesday).
        var postedOn = heldOn.AddDays(1);
        var endsOn = factory.CountWorkingDays(postedOn);
        Assert.True(endsOn < factory.Today(), $"The notice period {postedOn}–{endsOn} should have ended by today.");
        var period = $"{postedOn.Chinese()} 至 {endsOn.Chinese()}";
        var posted = await chair.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.PostedOn"] = postedOn.Iso(), ["Input.EndsOn"] = "", ["Input.Title"] = "第三批公示", ["Input.Location"] = "公司公开栏",
            ["Input.EnteredLateReason"] = LateEntry,
        }, formSelector: "#notice-form");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.ToString();
        var noticeId = int.Parse(location.Split('/')[^1], CultureInfo.InvariantCulture);
        var notice = await factory.QueryAsync(db => db.PublicNotices.Include(n => n.Items).SingleAsync(n => n.Id == noticeId));
        Assert.Equal(endsOn, notice.EndsOn);
        Assert.Equal(approved.Select(a => a.Id).Order(), notice.Items.Select(i => i.GrantId).Order());
        Assert.True(await factory.QueryAsync(db => db.Grants.Where(g => approved.Select(a => a.Id).Contains(g.Id)).AllAsync(g => g.Status == GrantStatus.OnNotice)));

        // The printed notice: masked names, the period, how to object; never an ID number.
        var print = await chair.GetHtmlAsync($"/Notices/{noticeId}/Print");
        var sheet = print.Text(".notice-sheet");
        Assert.Contains("第三批公示", print.Text(".notice-title"), StringComparison.Ordinal);
        Assert.Contains(NameMask.Mask(approved[0].Name), sheet, StringComparison.Ordinal);
        Assert.DoesNotContain(approved[0].Name, sheet, StringComparison.Ordinal);
        Assert.Contains(period, sheet, StringComparison.Ordinal);
        Assert.Contains("如有异议", sheet, StringComparison.Ordinal);
        Assert.DoesNotMatch(IdNumberPattern(), sheet);

        // An objection outside the period (received the day after it ended) is refused and nothing saved.
        var objectionForm = await chair.GetHtmlAsync($"/Objections/Create?noticeId={noticeId}&grantId={approved[0].Id}");
        var outside = await chair.SubmitAsync(objectionForm, new Dictionary<string, string> { ["Input.ReceivedOn"] = endsOn.AddDays(1).Iso(), ["Input.Content"] = "不符合条件" });
        Assert.Equal(HttpStatusCode.OK, outside.StatusCode);
        Assert.Contains($"异议须在公示期内（{period}）提出", (await outside.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Objections.CountAsync(o => o.PublicNoticeId == noticeId)));

        var recorded = await chair.SubmitAsync(objectionForm, new Dictionary<string, string> { ["Input.ReceivedOn"] = endsOn.AddDays(-1).Iso(), ["Input.Content"] = "反映该户已有稳定收入" });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var objectionId = await factory.QueryAsync(db => db.Objections.Where(o => o.PublicNoticeId == noticeId).Select(o => o.Id).SingleAsync());

        // With the objection open the notice cannot close: no button, and a forged post is refused with the reason.
        var details = await chair.GetHtmlAsync(location);
        Assert.Null(details.QuerySelector("#close-notice"));
        Assert.Contains("1 件异议待处理", details.Text("main"), StringComparison.Ordinal);
        var refused = await chair.SubmitAsync(details, new Dictionary<string, string> { ["Version"] = notice.Version.ToString() });
        Assert.Contains("尚有 1 件异议未处理", (await refused.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(NoticeStatus.Posted, await factory.QueryAsync(db => db.PublicNotices.Where(n => n.Id == noticeId).Select(n => n.Status).SingleAsync()));

        // Dismissed: the grant stands; then the notice closes and its grants become payable.
        var handleForm = await chair.GetHtmlAsync($"/Objections/Handle/{objectionId}");
        var noOutcome = await chair.SubmitAsync(handleForm, new Dictionary<string, string> { ["Input.Handling"] = "经核实" });
        Assert.Contains("请选择处理结果", (await noOutcome.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        var dismissed = await chair.SubmitAsync(handleForm, new Dictionary<string, string>
        {
            ["Input.Outcome"] = nameof(ObjectionOutcome.Dismissed), ["Input.Handling"] = "经入户核实，收入仍低于认定标准，反映不属实。",
        });
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Equal(ObjectionOutcome.Dismissed, await factory.QueryAsync(db => db.Objections.Where(o => o.Id == objectionId).Select(o => o.Outcome).SingleAsync()));

        details = await chair.GetHtmlAsync(location);
        Assert.NotNull(details.QuerySelector("#close-notice"));
        var closed = await chair.SubmitAsync(details, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains($"{approved.Count} 笔补助转为可发放", (await chair.GetHtmlAsync(location)).Text(".alert-success"), StringComparison.Ordinal);
        Assert.True(await factory.QueryAsync(db => db.Grants.Where(g => approved.Select(a => a.Id).Contains(g.Id)).AllAsync(g => g.Status == GrantStatus.Payable)));

        // Nothing left to post: the same selection again is refused with a message.
        var again = await chair.GetHtmlAsync($"/Notices/Create?campaignId={campaignId}&meetingId={meetingId}");
        var nothing = await chair.SubmitAsync(again, new Dictionary<string, string> { ["Input.PostedOn"] = postedOn.Iso(), ["Input.EnteredLateReason"] = LateEntry }, formSelector: "#notice-form");
        Assert.Equal(HttpStatusCode.OK, nothing.StatusCode);
        Assert.Contains("没有已批准、待公示的补助", (await nothing.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upheld_objection_with_a_new_amount_sends_the_grant_back_to_a_decision_and_only_the_chair_may_handle_it()
    {
        // The demo's second notice has one open objection against its first listed grant.
        var open = await factory.QueryAsync(db => db.Objections.Where(o => o.Outcome == ObjectionOutcome.Open && o.GrantId != null)
            .Select(o => new { o.Id, GrantId = o.GrantId!.Value }).FirstAsync());
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/Objections/Handle/{open.Id}")).StatusCode);

        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var form = await chair.GetHtmlAsync($"/Objections/Handle/{open.Id}");
        var noAmount = await chair.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Outcome"] = nameof(ObjectionOutcome.Upheld), ["Input.UpheldAction"] = nameof(UpheldAction.ChangeAmount), ["Input.Handling"] = "配偶已有经营收入",
        });
        Assert.Equal(HttpStatusCode.OK, noAmount.StatusCode);
        Assert.Contains("调整后金额", (await noAmount.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(GrantStatus.OnNotice, await factory.QueryAsync(db => db.Grants.Where(g => g.Id == open.GrantId).Select(g => g.Status).SingleAsync()));

        var upheld = await chair.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Outcome"] = nameof(ObjectionOutcome.Upheld), ["Input.UpheldAction"] = nameof(UpheldAction.ChangeAmount),
            ["Input.NewAmount"] = "600", ["Input.Handling"] = "配偶已有经营收入，调整为600元",
        });
        Assert.Equal(HttpStatusCode.Redirect, upheld.StatusCode);
        var grant = await factory.QueryAsync(db => db.Grants.SingleAsync(g => g.Id == open.GrantId));
        Assert.Equal(GrantStatus.Applied, grant.Status);
        Assert.Equal(600m, grant.TotalAmount);
        Assert.Null(grant.CommitteeMeetingId);

        // The same form sent twice: the second is refused, nothing changes.
        var twice = await chair.SubmitAsync(form, new Dictionary<string, string> { ["Input.Outcome"] = nameof(ObjectionOutcome.Dismissed), ["Input.Handling"] = "再次" });
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal(ObjectionOutcome.Upheld, await factory.QueryAsync(db => db.Objections.Where(o => o.Id == open.Id).Select(o => o.Outcome).SingleAsync()));
    }

    [Fact]
    public async Task The_open_objections_list_and_notice_pages_follow_the_users_scope()
    {
        var campaignId = await CampaignAsync();
        var companyNotice = await factory.QueryAsync(db => db.PublicNotices.Where(n => n.CampaignId == campaignId).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync());
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Notices/Details/{companyNotice}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Objections/Create?noticeId={companyNotice}")).StatusCode);
        var officerList = await officer.GetHtmlAsync($"/Notices?campaignId={campaignId}");
        Assert.Null(officerList.QuerySelector($"a[href='/Notices/Details/{companyNotice}']"));

        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var list = await auditor.GetHtmlAsync($"/Notices?campaignId={campaignId}");
        Assert.NotNull(list.QuerySelector($"a[href='/Notices/Details/{companyNotice}']"));
        Assert.Null(list.QuerySelector("a[href^='/Notices/Create']"));
        var objections = await auditor.GetHtmlAsync($"/Objections?campaignId={campaignId}");
        Assert.Null(objections.QuerySelector("a[href^='/Objections/Handle']"));
        // An auditor reads the notice but cannot close it, even by posting.
        var details = await auditor.GetHtmlAsync($"/Notices/Details/{companyNotice}");
        Assert.Null(details.QuerySelector("#close-notice"));
        Assert.Null(details.QuerySelector("a[href^='/Objections/Create']"));
    }
}
