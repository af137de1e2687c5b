using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Visits;

public sealed partial class VisitPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private Task<(int Id, string Name)> HouseholdOfAsync(string userName) => factory.QueryAsync(async db =>
    {
        var unit = await db.Users.Where(u => u.UserName == userName).Select(u => u.OrgUnitId).SingleAsync();
        return await db.Households.Where(h => h.OrgUnitId == unit && h.Status != HouseholdStatus.Closed)
            .OrderBy(h => h.Id).Select(h => new ValueTuple<int, string>(h.Id, h.Name)).FirstAsync();
    });

    [Fact]
    public async Task The_visit_form_posts_asks_why_a_date_lies_outside_the_campaign_and_saves_the_reason()
    {
        var (householdId, name) = await HouseholdOfAsync(DemoUsers.Officer);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync($"/Visits/Create?householdId={householdId}");
        Assert.NotNull(form.QuerySelector($"input[name='Input.HouseholdIds'][value='{householdId}'][checked]"));
        Assert.Equal("date", form.QuerySelector("#Input_VisitedOn")?.GetAttribute("type"));
        var before = await factory.QueryAsync(db => db.Visits.CountAsync());

        // A visit dated before the running campaign began lies outside it and needs a reason.
        var visitedOn = (await factory.RunningCampaignAsync()).StartsOn.AddDays(-10);
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(VisitKind.Home),
            ["Input.VisitedOn"] = visitedOn.Iso(),
            ["Input.Visitors[1].Name"] = "徐志强",
            ["Input.Visitors[1].Title"] = "公司领导",
            ["Input.Visitors[1].IsLeader"] = "true",
            ["Input.Notes"] = "带去米、油，了解家庭近况",
        };
        var warned = await officer.SubmitAsync(form, fields, formSelector: "#visit-form");
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var again = await warned.ReadHtmlAsync();
        Assert.Contains("走访日期不在活动期间", again.Text(".alert-warning"), StringComparison.Ordinal);
        Assert.NotNull(again.QuerySelector("#Input_OutsideCampaignReason"));
        Assert.Equal(visitedOn.Iso(), again.QuerySelector("#Input_VisitedOn")?.GetAttribute("value"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Visits.CountAsync()));

        // Saving again without a reason is refused again.
        var unexplained = await officer.SubmitAsync(again, new Dictionary<string, string> { ["Input.OutsideCampaignReason"] = "  " }, formSelector: "#visit-form");
        Assert.Equal(HttpStatusCode.OK, unexplained.StatusCode);
        Assert.Equal(before, await factory.QueryAsync(db => db.Visits.CountAsync()));

        const string Reason = "户主年前住院，活动开始前先行探望，事后补录";
        var saved = await officer.SubmitAsync(await unexplained.ReadHtmlAsync(), new Dictionary<string, string> { ["Input.OutsideCampaignReason"] = Reason }, formSelector: "#visit-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.ToString();
        Assert.StartsWith("/Visits/Details/", location, StringComparison.Ordinal);
        var details = await officer.GetHtmlAsync(location);
        Assert.Contains(name, details.Text("main"), StringComparison.Ordinal);
        Assert.Contains("徐志强（公司领导）", details.Text("main"), StringComparison.Ordinal);
        Assert.Equal(Reason, details.Text("#outside-campaign-reason"));
        var visit = await factory.QueryAsync(db => db.Visits.Include(v => v.Visitors).OrderByDescending(v => v.Id).FirstAsync());
        Assert.Equal(visitedOn, visit.VisitedOn);
        Assert.Equal(Reason, visit.OutsideCampaignReason);
        Assert.Equal(2, visit.Visitors.Count);
        Assert.Contains(visit.Visitors, v => v.IsLeader && v.Name == "徐志强");
    }

    [Fact]
    public async Task A_visit_without_a_household_comes_back_with_the_message_next_to_the_field()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync("/Visits/Create");

        var response = await officer.SubmitAsync(form, new Dictionary<string, string> { ["Input.Kind"] = nameof(VisitKind.Phone) }, formSelector: "#visit-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("请至少选择一户走访对象。", page.Text("#err-HouseholdIds"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".alert-danger"));
    }

    [Fact]
    public async Task The_household_search_finds_by_name_in_scope_only_with_and_without_scripts()
    {
        var (householdId, name) = await HouseholdOfAsync(DemoUsers.Officer);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        using var other = await factory.SignedInAsync(DemoUsers.OtherBranchOfficer);

        var json = await officer.GetStringAsync($"/Visits/Create?handler=Households&term={Uri.EscapeDataString(name)}");
        var ids = JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(householdId, ids);
        var otherJson = await other.GetStringAsync($"/Visits/Create?handler=Households&term={Uri.EscapeDataString(name)}");
        Assert.DoesNotContain(householdId, JsonDocument.Parse(otherJson).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));

        // Without scripts the search button posts the form, which comes back with the matches to tick.
        var form = await officer.GetHtmlAsync("/Visits/Create");
        var searched = await officer.SubmitAsync(form, new Dictionary<string, string> { ["HouseholdSearch"] = name }, formSelector: "#visit-form", submitSelector: "#household-search-button");
        var page = await searched.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector($".found-row input[name='Input.HouseholdIds'][value='{householdId}']"));
    }

    [Fact]
    public async Task An_officer_of_another_branch_gets_404_for_the_visit_and_the_concern()
    {
        var unit = await factory.UnitOfAsync(DemoUsers.Officer);
        var visitId = await factory.QueryAsync(db => db.Visits.Where(v => v.OrgUnitId == unit).OrderBy(v => v.Id).Select(v => v.Id).FirstAsync());
        var concernId = await factory.QueryAsync(db => db.Concerns.Where(c => c.OrgUnitId == unit).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var householdId = (await HouseholdOfAsync(DemoUsers.Officer)).Id;
        using var other = await factory.SignedInAsync(DemoUsers.OtherBranchOfficer);
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Visits/Details/{visitId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Visits/Details/{visitId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Concerns/Details/{concernId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Concerns/Edit/{concernId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Concerns/Create?householdId={householdId}")).StatusCode);
        var list = await other.GetHtmlAsync("/Visits");
        Assert.DoesNotContain(list.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == $"/Visits/Details/{visitId}");
    }

    [Fact]
    public async Task A_concern_is_followed_up_to_resolved_and_leaves_the_owners_open_list()
    {
        var unit = await factory.UnitOfAsync(DemoUsers.Officer);
        var officerId = await factory.QueryAsync(db => db.Users.Where(u => u.UserName == DemoUsers.Officer).Select(u => u.Id).SingleAsync());
        var concernId = await factory.QueryAsync(db => db.Concerns
            .Where(c => c.OrgUnitId == unit && c.OwnerUserId == officerId && c.Status != ConcernStatus.Resolved)
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var mine = await officer.GetHtmlAsync("/Concerns");
        Assert.Contains(mine.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == $"/Concerns/Details/{concernId}");
        Assert.NotEmpty(mine.QuerySelectorAll("tr.row-overdue"));

        var form = await officer.GetHtmlAsync($"/Concerns/Edit/{concernId}");
        var noResolution = await officer.SubmitAsync(form, new Dictionary<string, string> { ["Input.Status"] = nameof(ConcernStatus.Resolved), ["Input.Resolution"] = "" });
        Assert.Contains("办结时请填写办理结果。", (await noResolution.ReadHtmlAsync()).Text("#err-Resolution"), StringComparison.Ordinal);

        var resolved = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Status"] = nameof(ConcernStatus.Resolved),
            ["Input.Resolution"] = "已协调更换取暖器",
            ["Input.ResolvedOn"] = factory.Today().Iso(),
        });
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var details = await officer.GetHtmlAsync($"/Concerns/Details/{concernId}");
        Assert.Contains("已协调更换取暖器", details.Text("main"), StringComparison.Ordinal);
        var after = await officer.GetHtmlAsync("/Concerns");
        Assert.DoesNotContain(after.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == $"/Concerns/Details/{concernId}");
    }

    [Fact]
    public async Task Letters_are_previewed_one_per_household_and_recorded_as_a_letter_contact()
    {
        var (householdId, name) = await HouseholdOfAsync(DemoUsers.Officer);
        var running = await factory.RunningCampaignAsync();
        var campaign = running.Id;
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);

        var preview = await officer.GetHtmlAsync($"/Visits/Letters/Print?campaignId={campaign}&ids={householdId}");
        var letter = Assert.Single(preview.QuerySelectorAll("article.letter"));
        Assert.StartsWith($"尊敬的{name}同志", letter.QuerySelector(".letter-salutation")!.TextContent.Trim(), StringComparison.Ordinal);

        var recorded = await officer.SubmitAsync(preview, new Dictionary<string, string> { ["SentOn"] = running.StartsOn.AddDays(7).Iso() });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var visit = await factory.QueryAsync(db => db.Visits.Include(v => v.Households).OrderByDescending(v => v.Id).FirstAsync());
        Assert.Equal(VisitKind.Letter, visit.Kind);
        Assert.Equal([householdId], visit.Households.Select(h => h.HouseholdId));
    }

    [Fact]
    public async Task The_lists_answer_for_the_chair_with_the_overview_of_owners_and_leaders()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);

        var concerns = await chair.GetHtmlAsync("/Concerns");
        Assert.NotNull(concerns.QuerySelector(".owner-table"));
        var leaders = await chair.GetHtmlAsync("/Visits/Leaders");
        Assert.NotEmpty(leaders.QuerySelectorAll("tbody tr"));
        var notReached = await chair.GetHtmlAsync("/Visits/NotReached?Filter.Remote=true");
        Assert.All(notReached.QuerySelectorAll("tbody tr"), row => Assert.Contains("偏远", row.TextContent, StringComparison.Ordinal));
        var visits = await chair.GetHtmlAsync("/Visits?Filter.Kind=Hospital");
        Assert.All(visits.QuerySelectorAll("tbody tr"), row => Assert.Contains("医院看望", row.TextContent, StringComparison.Ordinal));
        Assert.NotEmpty(visits.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public void The_phone_styles_set_no_width_wider_than_a_360_pixel_screen()
    {
        var css = ReadSiteCss();
        var start = css.IndexOf("/* Visits, letters and concerns (phone first)", StringComparison.Ordinal);
        Assert.True(start >= 0, "the visits section of site.css is missing");
        var section = css[start..];
        var next = section.IndexOf("\n/* ", 3, StringComparison.Ordinal);
        if (next > 0) section = section[..next];
        // Media query conditions (min-width: 768px) are breakpoints, not widths of elements.
        section = MediaQuery().Replace(section, "");
        // Fixed widths only: max-width caps an element and never forces it wider.
        var widths = FixedWidth().Matches(section)
            .Select(m => (Rule: m.Value, Pixels: double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * (m.Groups["u"].Value == "px" ? 1 : 16)))
            .ToList();
        Assert.NotEmpty(widths);
        Assert.All(widths, w => Assert.True(w.Pixels <= 360, $"{w.Rule} is wider than a 360 px screen"));
    }

    private string ReadSiteCss()
    {
        var file = factory.Services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("css/site.css");
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"@media[^{]*")]
    private static partial Regex MediaQuery();

    [GeneratedRegex(@"(?<![-\w])(min-)?width\s*:\s*(?<n>\d+(\.\d+)?)(?<u>px|rem|em)")]
    private static partial Regex FixedWidth();
}
