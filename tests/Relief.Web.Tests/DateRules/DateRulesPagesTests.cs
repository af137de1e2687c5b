using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;
using Relief.Web.Tests.Meetings;

namespace Relief.Web.Tests.DateRules;

/// <summary>
/// Dates follow the work, through the real pages: a decision after the application, a notice after the decision, a
/// payment after the notice period, no fact dated in the future; each refused with its message and nothing saved.
/// Dates are computed from the records, never from the calendar the demo was written in.
/// </summary>
public sealed class DateRulesPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private const string LateEntry = "纸质公示已在公司公开栏张贴，事后补录";
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private async Task<int> CampaignAsync() => (await factory.RunningCampaignAsync()).Id;

    private DateOnly Tomorrow => factory.Today().AddDays(1);

    [Fact]
    public async Task A_meeting_held_before_an_application_cannot_decide_on_it_in_either_language()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var grantId = (await Applications.NewAsync(factory, 1))[0];
        var grant = await factory.QueryAsync(db => db.Grants.Where(g => g.Id == grantId).Select(g => new { g.AppliedOn, g.Household!.Name }).SingleAsync());
        var heldOn = grant.AppliedOn.AddDays(-5);
        var form = await chair.GetHtmlAsync($"/Meetings/Create?campaignId={await CampaignAsync()}");
        var created = await chair.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "申请之前的会议", ["Input.HeldOn"] = heldOn.Iso() }, formSelector: "#meeting-form");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var meetingId = int.Parse(created.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
        var details = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        var attached = await chair.PostWithTokenAsync(details, $"/Meetings/Details/{meetingId}?handler=Attach",
            new Dictionary<string, string> { ["GrantIds"] = grantId.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);

        var campaignId = await CampaignAsync();
        var fund = await factory.QueryAsync(db => db.FundSources.Where(f => f.CampaignId == campaignId && f.Kind == Relief.Core.Features.Campaigns.FundSourceKind.OwnFunds)
            .Select(f => f.Id).FirstAsync());
        var decided = await DecideAsync(chair, meetingId, grantId, fund);
        Assert.Contains($"{grant.Name}的申请日期是 {Formats.Date(grant.AppliedOn, Chinese)}，会议（{Formats.Date(heldOn, Chinese)}）在申请之前召开，不能对其作出决定：请列入之后召开的会议。",
            decided.Text("main"), StringComparison.Ordinal);
        Assert.Equal(GrantStatus.Applied, await factory.QueryAsync(db => db.Grants.Where(g => g.Id == grantId).Select(g => g.Status).SingleAsync()));

        var home = await chair.GetHtmlAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, (await chair.SubmitAsync(home, new Dictionary<string, string>(), formSelector: "form.culture-switch")).StatusCode);
        var inEnglish = await DecideAsync(chair, meetingId, grantId, fund);
        Assert.Contains($"{grant.Name} applied on {Formats.Date(grant.AppliedOn, English)}; the meeting ({Formats.Date(heldOn, English)}) was held before that and cannot decide on it: put it to a later meeting.",
            inEnglish.Text("main"), StringComparison.Ordinal);
        Assert.Equal(GrantStatus.Applied, await factory.QueryAsync(db => db.Grants.Where(g => g.Id == grantId).Select(g => g.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_notice_dated_before_the_meeting_that_approved_its_grants_is_refused()
    {
        var campaignId = await CampaignAsync();
        var approved = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.Status == GrantStatus.Approved && g.CommitteeMeetingId != null)
            .Select(g => new { g.Id, g.Household!.Name, HeldOn = db.CommitteeMeetings.Where(m => m.Id == g.CommitteeMeetingId).Select(m => m.HeldOn).First() })
            .ToListAsync());
        Assert.NotEmpty(approved);
        var latest = approved.OrderBy(g => g.HeldOn).ThenBy(g => g.Id).Last();
        var notices = await factory.QueryAsync(db => db.PublicNotices.CountAsync());
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);

        var form = await chair.GetHtmlAsync($"/Notices/Create?campaignId={campaignId}");
        var refused = await chair.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.PostedOn"] = latest.HeldOn.AddDays(-1).Iso(), ["Input.EndsOn"] = "", ["Input.Title"] = "早于会议的公示", ["Input.EnteredLateReason"] = LateEntry,
        }, formSelector: "#notice-form");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"公示日期不能早于会议决定日期 {Formats.Date(latest.HeldOn, Chinese)}：{latest.Name}的补助是在该次会议上批准的，批准之后才能公示。",
            (await refused.ReadHtmlAsync()).Text("main"), StringComparison.Ordinal);
        Assert.Equal(notices, await factory.QueryAsync(db => db.PublicNotices.CountAsync()));
        Assert.Equal(GrantStatus.Approved, await factory.QueryAsync(db => db.Grants.Where(g => g.Id == latest.Id).Select(g => g.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_payment_dated_on_the_last_day_of_the_notice_is_refused_the_next_day_is_the_first_it_may_carry()
    {
        var campaignId = await CampaignAsync();
        var payableId = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.Status == GrantStatus.Payable)
            .OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());
        var noticeEndsOn = (await factory.PayableFromAsync(payableId)).AddDays(-1);
        var payments = await factory.QueryAsync(db => db.Disbursements.CountAsync());
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var list = await chair.GetHtmlAsync($"/Disbursements?campaignId={campaignId}");

        var response = await chair.SubmitAsync(list, new Dictionary<string, string>
        {
            ["GrantIds"] = payableId.ToString(CultureInfo.InvariantCulture), ["Method"] = nameof(DisbursementMethod.Cash), ["PaidOn"] = noticeEndsOn.Iso(),
        }, formSelector: "#pay-form");

        Assert.Contains($"发放日期不能早于 {Formats.Date(noticeEndsOn.AddDays(1), Chinese)}：公示期满后才可发放。", await PayErrorsAsync(chair, response), StringComparison.Ordinal);
        Assert.Equal(payments, await factory.QueryAsync(db => db.Disbursements.CountAsync()));
    }

    [Fact]
    public async Task A_payment_dated_tomorrow_is_refused()
    {
        var campaignId = await CampaignAsync();
        var payable = await factory.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.Status == GrantStatus.Payable)
            .OrderByDescending(g => g.Id).Select(g => g.Id).FirstAsync());
        var payments = await factory.QueryAsync(db => db.Disbursements.CountAsync());
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var list = await chair.GetHtmlAsync($"/Disbursements?campaignId={campaignId}");

        var response = await chair.SubmitAsync(list, new Dictionary<string, string>
        {
            ["GrantIds"] = payable.ToString(CultureInfo.InvariantCulture), ["Method"] = nameof(DisbursementMethod.Cash), ["PaidOn"] = Tomorrow.Iso(),
        }, formSelector: "#pay-form");

        Assert.Contains("日期不能晚于今天。", await PayErrorsAsync(chair, response), StringComparison.Ordinal);
        Assert.Equal(payments, await factory.QueryAsync(db => db.Disbursements.CountAsync()));
    }

    /// <summary>Every page that records a fact refuses a date in the future, with the message next to it, and saves nothing.</summary>
    [Theory]
    [InlineData("visit")]
    [InlineData("survey")]
    [InlineData("donation")]
    [InlineData("objection")]
    [InlineData("hotline")]
    public async Task A_fact_dated_in_the_future_is_refused(string fact)
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Chair);
        var campaignId = await CampaignAsync();
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var household = await factory.QueryAsync(db => db.Households.Where(h => h.OrgUnitId == branch && h.Status == HouseholdStatus.Active)
            .OrderBy(h => h.Id).Select(h => h.Id).FirstAsync());
        var notice = await factory.QueryAsync(db => db.PublicNotices.Where(n => n.CampaignId == campaignId && n.Status == NoticeStatus.Posted)
            .OrderBy(n => n.Id).Select(n => n.Id).FirstAsync());
        var tomorrow = Tomorrow.Iso();
        var (url, formSelector, fields, expected, count) = fact switch
        {
            "visit" => ($"/Visits/Create?householdId={household}", "#visit-form",
                new Dictionary<string, string> { ["Input.Kind"] = "Phone", ["Input.VisitedOn"] = tomorrow }, "日期不能晚于今天。", Count(db => db.Visits.CountAsync())),
            "survey" => ($"/Surveys/Create?householdId={household}", "main form[method=post]",
                new Dictionary<string, string> { ["Input.SurveyedOn"] = tomorrow }, "日期不能晚于今天。", Count(db => db.Surveys.CountAsync())),
            "donation" => ($"/Campaigns/Details/{campaignId}", "#add-donation form",
                new Dictionary<string, string> { ["Donation.Name"] = "明日捐款", ["Donation.Donor"] = "某公司", ["Donation.Amount"] = "500", ["Donation.ReceivedOn"] = tomorrow },
                "日期不能晚于今天。", Count(db => db.FundSources.CountAsync())),
            "objection" => ($"/Objections/Create?noticeId={notice}", "main form[method=post]",
                new Dictionary<string, string> { ["Input.ReceivedOn"] = tomorrow, ["Input.Content"] = "明天才收到的异议" }, "日期不能晚于今天。", Count(db => db.Objections.CountAsync())),
            _ => ("/Hotline/Create", "#call-form",
                new Dictionary<string, string> { ["Input.CalledAt"] = tomorrow + "T10:00", ["Input.CallerName"] = "王女士", ["Input.Question"] = "明天的来电" },
                "来电时间不能晚于现在。", Count(db => db.HotlineCalls.CountAsync())),
        };
        var before = await count();

        var form = await officer.GetHtmlAsync(url);
        var response = await officer.SubmitAsync(form, fields, formSelector: formSelector);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, (await response.ReadHtmlAsync()).Text("main"), StringComparison.Ordinal);
        Assert.Equal(before, await count());
    }

    private Func<Task<int>> Count(Func<Relief.Core.Data.ReliefDbContext, Task<int>> query) => () => factory.QueryAsync(query);

    private static async Task<IHtmlDocument> DecideAsync(HttpClient chair, int meetingId, int grantId, int fundId)
    {
        var page = await chair.GetHtmlAsync($"/Meetings/Details/{meetingId}");
        var response = await chair.SubmitAsync(page, new Dictionary<string, string>
        {
            ["grantId"] = grantId.ToString(CultureInfo.InvariantCulture), [$"Rows[{grantId}].Outcome"] = nameof(DecisionOutcome.Approved),
            [$"Rows[{grantId}].FundSourceId"] = fundId.ToString(CultureInfo.InvariantCulture),
        }, formSelector: "#decision-form", submitSelector: $"#decide-{grantId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadHtmlAsync();
    }

    /// <summary>The payment page's refusals, shown after its redirect.</summary>
    private static async Task<string> PayErrorsAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await client.GetHtmlAsync(response.Headers.Location!.ToString())).Text("#pay-errors");
    }
}
