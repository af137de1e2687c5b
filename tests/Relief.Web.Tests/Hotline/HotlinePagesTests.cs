using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Households;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Hotline;

/// <summary>帮扶热线 through the pages: recording a call on the phone form, the call log, turning calls into concerns and applications, scope and refusals.</summary>
public sealed class HotlinePagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private async Task<int> CampaignAsync() => (await factory.RunningCampaignAsync()).Id;

    /// <summary>A call of the officer's branch from a household on file, not converted yet (a fresh one per test, so tests do not share it).</summary>
    private async Task<int> FreshCallAsync(string question)
    {
        var unit = await factory.UnitOfAsync(DemoUsers.Officer);
        var campaign = await factory.RunningCampaignAsync();
        // Taken at 10:00 in Lishui in the campaign's second week.
        var calledAt = campaign.StartsOn.AddDays(7).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        return await factory.QueryAsync(async db =>
        {
            var household = await db.Households.Where(h => h.OrgUnitId == unit && h.Status == HouseholdStatus.Active && h.Categories.Any())
                .OrderBy(h => h.Id).Select(h => h.Id).FirstAsync();
            var taker = await db.Users.SingleAsync(u => u.UserName == DemoUsers.Officer);
            var call = new HotlineCall
            {
                CampaignId = campaign.Id, OrgUnitId = unit, CalledAt = calledAt, HouseholdId = household,
                Category = HotlineCallCategory.ReliefRequest, Question = question, TakenByUserId = taker.Id, TakenByName = taker.DisplayName,
                Outcome = CallOutcome.FollowUp, CreatedAt = DateTime.UtcNow,
            };
            db.HotlineCalls.Add(call);
            await db.SaveChangesAsync();
            return call.Id;
        });
    }

    [Fact]
    public async Task A_call_is_recorded_on_the_form_with_the_caller_found_by_name_and_lands_in_the_call_log()
    {
        var unit = await factory.UnitOfAsync(DemoUsers.Officer);
        var household = await factory.QueryAsync(db => db.Households.Where(h => h.OrgUnitId == unit && h.Status == HouseholdStatus.Active)
            .OrderBy(h => h.Id).Select(h => new { h.Id, h.Name }).FirstAsync());
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync("/Hotline/Create");
        Assert.Equal("datetime-local", form.QuerySelector("#Input_CalledAt")?.GetAttribute("type"));
        Assert.Equal(10, form.QuerySelectorAll("input[name='Input.Category']").Length);
        Assert.NotNull(form.QuerySelector("#Household_none[checked]"));

        // The search button posts the form back with the matches to choose from, and nothing typed is lost.
        var searched = await officer.SubmitAsync(form, new Dictionary<string, string> { ["HouseholdSearch"] = household.Name, ["Input.Question"] = "询问大病救助" },
            formSelector: "#call-form", submitSelector: "#household-search-button");
        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        var withMatches = await searched.ReadHtmlAsync();
        Assert.NotNull(withMatches.QuerySelector($"input[name='Input.HouseholdId'][value='{household.Id}']"));
        Assert.Equal("询问大病救助", withMatches.Value("#Input_Question"));
        Assert.Null(withMatches.QuerySelector(".alert-danger"));

        var before = await factory.QueryAsync(db => db.HotlineCalls.CountAsync());
        var saved = await officer.SubmitAsync(withMatches, new Dictionary<string, string>
        {
            ["Input.HouseholdId"] = household.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Category"] = nameof(HotlineCallCategory.Medical),
            ["Input.Question"] = "配偶住院，询问大病救助怎么申请",
            ["Input.Outcome"] = nameof(CallOutcome.FollowUp),
            ["Input.CallerPhone"] = "13905781234",
        }, formSelector: "#call-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.ToString();
        Assert.StartsWith("/Hotline/Details/", location, StringComparison.Ordinal);
        var details = await officer.GetHtmlAsync(location);
        Assert.Contains(household.Name, details.Text("h1"), StringComparison.Ordinal);
        Assert.Contains("来电已登记。", details.Text(".alert-success"), StringComparison.Ordinal);
        Assert.NotNull(details.QuerySelector("a[href^='/Hotline/ToConcern/']"));
        var call = await factory.QueryAsync(db => db.HotlineCalls.OrderByDescending(c => c.Id).FirstAsync());
        Assert.Equal((before + 1, household.Id, unit, "配偶住院，询问大病救助怎么申请"), (await factory.QueryAsync(db => db.HotlineCalls.CountAsync()), call.HouseholdId, call.OrgUnitId, call.Question));

        var log = await officer.GetHtmlAsync($"/Hotline?Filter.Category=Medical&Filter.Text={Uri.EscapeDataString("大病救助怎么申请")}");
        Assert.Contains(log.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == $"/Hotline/Details/{call.Id}");
        Assert.Contains("共 1 个来电", log.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_without_caller_or_question_comes_back_with_the_messages_next_to_the_fields_and_nothing_saved()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync("/Hotline/Create");
        var before = await factory.QueryAsync(db => db.HotlineCalls.CountAsync());

        var response = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Question"] = "", ["Input.CallerPhone"] = "5678", ["Input.CalledAt"] = "2099-01-01T10:00",
        }, formSelector: "#call-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("请选择来电的困难户，或填写来电人姓名。", page.Text("#err-CallerName"), StringComparison.Ordinal);
        Assert.Contains("来电内容", page.Text("#err-Question"), StringComparison.Ordinal);
        Assert.Contains("请填写11位手机号", page.Text("#err-CallerPhone"), StringComparison.Ordinal);
        Assert.Contains("来电时间不能晚于现在。", page.Text("#err-CalledAt"), StringComparison.Ordinal);
        Assert.Equal("2099-01-01T10:00", page.QuerySelector("#Input_CalledAt")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector(".alert-danger"));
        Assert.Equal(before, await factory.QueryAsync(db => db.HotlineCalls.CountAsync()));
    }

    [Fact]
    public async Task A_call_turns_into_a_concern_in_one_step_and_each_page_links_to_the_other()
    {
        var callId = await FreshCallAsync("家中老人生病，希望工会帮助联系医院");
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync($"/Hotline/ToConcern/{callId}");
        Assert.Equal("家中老人生病，希望工会帮助联系医院", form.Value("#Input_Description"));
        Assert.Equal("Living", form.Value("#Input_Category"));

        var saved = await officer.SubmitAsync(form, new Dictionary<string, string> { ["Input.Category"] = "Medical" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.ToString();
        Assert.StartsWith("/Concerns/Details/", location, StringComparison.Ordinal);
        var concernId = int.Parse(location.Split('/')[^1], CultureInfo.InvariantCulture);
        var concern = await officer.GetHtmlAsync(location);
        Assert.Contains("已由热线来电转为诉求。", concern.Text(".alert-success"), StringComparison.Ordinal);
        Assert.NotNull(concern.QuerySelector($"a[href='/Hotline/Details/{callId}']"));
        Assert.Contains("热线来电", concern.Text("dl"), StringComparison.Ordinal);

        var call = await officer.GetHtmlAsync($"/Hotline/Details/{callId}");
        Assert.NotNull(call.QuerySelector($"a[href='/Concerns/Details/{concernId}']"));
        Assert.Null(call.QuerySelector("a[href^='/Hotline/ToConcern/']"));
        Assert.Contains("已转办", call.Text(".page-header"), StringComparison.Ordinal);
        // The same form sent again (a second tab, a double click) converts nothing.
        var again = await officer.SubmitAsync(form, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.Concerns.CountAsync(c => c.Description == "家中老人生病，希望工会帮助联系医院")));
    }

    [Fact]
    public async Task A_call_turns_into_an_application_and_a_refused_one_keeps_the_form_and_saves_nothing()
    {
        var callId = await FreshCallAsync("突发疾病住院，申请临时救助");
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync($"/Hotline/ToApplication/{callId}");
        Assert.Equal("Emergency", form.Value("#Input_Kind"));
        Assert.Equal("突发疾病住院，申请临时救助", form.Value("#Input_Reason"));
        var grantsBefore = await factory.QueryAsync(db => db.Grants.CountAsync());

        var refused = await officer.SubmitAsync(form, new Dictionary<string, string> { ["Input.CashAmount"] = "0" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await refused.ReadHtmlAsync();
        Assert.Contains("请填写现金金额或慰问物品。", again.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(grantsBefore, await factory.QueryAsync(db => db.Grants.CountAsync()));

        var saved = await officer.SubmitAsync(again, new Dictionary<string, string> { ["Input.CashAmount"] = "600" });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, (await saved.ReadHtmlAsync()).Text(".alert-danger"));
        var grant = await factory.QueryAsync(db => db.Grants.OrderByDescending(g => g.Id).FirstAsync());
        Assert.Equal((GrantStatus.Applied, GrantKind.Emergency, 600m), (grant.Status, grant.Kind, grant.TotalAmount));
        var details = await officer.GetHtmlAsync(saved.Headers.Location!.ToString());
        Assert.Contains($"编号 {grant.Id}", details.Text(".alert-success"), StringComparison.Ordinal);
        Assert.NotNull(details.QuerySelector($"a[href='/Grants/Details/{grant.Id}']"));
        Assert.Equal(grant.Id, await factory.QueryAsync(db => db.HotlineCalls.Where(c => c.Id == callId).Select(c => c.GrantId).SingleAsync()));
    }

    [Fact]
    public async Task Calls_are_kept_to_the_scope_and_read_only_roles_cannot_post()
    {
        var callId = await FreshCallAsync("询问慰问金发放时间");
        var companyCall = await factory.QueryAsync(async db =>
        {
            var company = await db.Users.Where(u => u.UserName == DemoUsers.Chair).Select(u => u.OrgUnitId).SingleAsync();
            return await db.HotlineCalls.Where(c => c.OrgUnitId == company).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        });
        using var other = await factory.SignedInAsync(DemoUsers.OtherBranchOfficer);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Hotline/Details/{callId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Hotline/ToConcern/{callId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Hotline/Details/{companyCall}")).StatusCode);
        var list = await other.GetHtmlAsync("/Hotline");
        Assert.DoesNotContain(list.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == $"/Hotline/Details/{callId}");

        // The auditor reads the call but has no buttons, and a hand-made post is forbidden.
        var page = await auditor.GetHtmlAsync($"/Hotline/Details/{callId}");
        Assert.Null(page.QuerySelector("a[href^='/Hotline/ToConcern/']"));
        Assert.Null(page.QuerySelector("a[href^='/Hotline/Edit/']"));
        foreach (var url in new[] { "/Hotline/Create", $"/Hotline/Edit/{callId}", $"/Hotline/ToConcern/{callId}", $"/Hotline/ToApplication/{callId}", "/Hotline/Settings", "/Hotline/Create?handler=Search" })
            Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostWithTokenAsync(page, url)).StatusCode);
        using var anonymous = factory.CreateBrowser();
        var refused = await anonymous.PostAsync($"/Hotline/ToConcern/{callId}", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/SignIn", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_editing_one_call_get_a_conflict_and_keep_what_they_typed()
    {
        var callId = await FreshCallAsync("询问春节慰问品发放");
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var mine = await officer.GetHtmlAsync($"/Hotline/Edit/{callId}");
        var theirs = await chair.GetHtmlAsync($"/Hotline/Edit/{callId}");

        Assert.Equal(HttpStatusCode.Redirect, (await chair.SubmitAsync(theirs, new Dictionary<string, string>
            { ["Input.Outcome"] = "Answered", ["Input.OutcomeNote"] = "已告知1月下旬发放" }, formSelector: "#call-form")).StatusCode);
        var conflict = await officer.SubmitAsync(mine, new Dictionary<string, string> { ["Input.OutcomeNote"] = "已电话回复" }, formSelector: "#call-form");

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.ReadHtmlAsync();
        Assert.Contains("此记录已被他人修改", page.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal("已电话回复", page.Value("#Input_OutcomeNote"));
        Assert.Equal("已告知1月下旬发放", await factory.QueryAsync(db => db.HotlineCalls.Where(c => c.Id == callId).Select(c => c.OutcomeNote).SingleAsync()));
    }

    [Fact]
    public async Task The_hotline_is_set_by_the_organizing_union_and_printed_on_the_notice()
    {
        var campaignId = await CampaignAsync();
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var readOnly = await officer.GetHtmlAsync($"/Hotline/Settings?campaignId={campaignId}");
        Assert.Null(readOnly.QuerySelector("#Input_PhoneNumber"));
        Assert.Contains("0578-2125110", readOnly.Text("main"), StringComparison.Ordinal);
        Assert.Contains("主办单位", readOnly.Text("main"), StringComparison.Ordinal);

        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var form = await chair.GetHtmlAsync($"/Hotline/Settings?campaignId={campaignId}");
        var bad = await chair.SubmitAsync(form, new Dictionary<string, string> { ["Input.PhoneNumber"] = "工会办公室" });
        Assert.Contains("热线号码只能包含数字", (await bad.ReadHtmlAsync()).Text("#err-PhoneNumber"), StringComparison.Ordinal);
        var saved = await chair.SubmitAsync(form, new Dictionary<string, string> { ["Input.DutyHours"] = "每天 7:00—22:00", ["Input.HoursPerDay"] = "15" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var noticeId = await factory.QueryAsync(db => db.PublicNotices.Where(n => n.CampaignId == campaignId).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync());
        var print = await chair.GetHtmlAsync($"/Notices/{noticeId}/Print");
        Assert.Contains("帮扶热线：0578-2125110（每天 7:00—22:00）", print.Text(".notice-terms"), StringComparison.Ordinal);
        var log = await chair.GetHtmlAsync($"/Hotline?campaignId={campaignId}");
        Assert.Contains("每天 7:00—22:00", log.Text(".hotline-banner"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_language_switch_the_hotline_and_goods_pages_speak_English()
    {
        var callId = await FreshCallAsync("询问慰问品");
        var stock = await factory.QueryAsync(db => db.GoodsStocks.Where(s => s.ItemName == "米").OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var log = await chair.GetHtmlAsync("/Hotline");
        var switched = await chair.SubmitAsync(log, new Dictionary<string, string>(), formSelector: "form.culture-switch");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var english = await chair.GetHtmlAsync("/Hotline");
        Assert.Equal("Hotline calls", english.Text("h1"));
        // The hotline lives in the Concerns section: that main entry is current, and the section's tabs speak English.
        Assert.Equal("Concerns", english.Text("header nav [aria-current=page]"));
        Assert.Contains("Call log", english.Text("main nav"), StringComparison.Ordinal);
        Assert.Contains("calls", english.Text("main [aria-live]"), StringComparison.Ordinal);
        Assert.Contains("Asks for relief", (await chair.GetHtmlAsync($"/Hotline/Details/{callId}")).Text("h1"), StringComparison.Ordinal);
        var form = await chair.GetHtmlAsync("/Hotline/Create");
        Assert.Contains("Record a call", form.Text("h1"), StringComparison.Ordinal);
        Assert.Contains("Policy question", form.Text("#call-form"), StringComparison.Ordinal);
        Assert.Contains("Turn the call into an application", (await chair.GetHtmlAsync($"/Hotline/ToApplication/{callId}")).Text("h1"), StringComparison.Ordinal);
        Assert.Contains("Value left (yuan)", (await chair.GetHtmlAsync("/Goods")).Text("thead"), StringComparison.Ordinal);
        Assert.Contains("For which grants", (await chair.GetHtmlAsync($"/Goods/HandOut?stockId={stock}")).Text("main"), StringComparison.Ordinal);
        var bad = await chair.SubmitAsync(await chair.GetHtmlAsync("/Goods/Receive"), new Dictionary<string, string> { ["Input.Quantity"] = "-1" });
        Assert.Contains("The quantity must be greater than 0.", (await bad.ReadHtmlAsync()).Text("#err-Quantity"), StringComparison.Ordinal);
    }
}
