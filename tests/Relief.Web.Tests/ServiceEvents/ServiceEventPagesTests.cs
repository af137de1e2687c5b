using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Households;
using Relief.Core.Features.ServiceEvents;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.ServiceEvents;

public sealed class ServiceEventPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    /// <summary>A job fair held in the running campaign's second week.</summary>
    private async Task<Dictionary<string, string>> JobFairAsync(string title) => new()
    {
        ["Input.Kind"] = nameof(ServiceEventKind.JobFair),
        ["Input.Title"] = title,
        ["Input.HeldOn"] = (await factory.RunningCampaignAsync()).StartsOn.AddDays(7).Iso(),
        ["Input.Place"] = "丽水市人力资源市场",
        ["Input.Partners"] = "丽水市人力资源和社会保障局",
        ["Input.Employers"] = "12",
        ["Input.JobTypes"] = "9",
        ["Input.PositionsOffered"] = "240",
        ["Input.Attendees"] = "300",
        ["Input.HiringIntentions"] = "45",
        // A figure of another kind, left in a field the script hides: not kept.
        ["Input.Trainees"] = "77",
    };

    [Fact]
    public async Task An_officer_records_a_job_fair_with_a_household_and_sees_its_figures()
    {
        var (householdId, name) = await factory.QueryAsync(async db =>
        {
            var unit = await db.Users.Where(u => u.UserName == DemoUsers.Officer).Select(u => u.OrgUnitId).SingleAsync();
            return await db.Households.Where(h => h.OrgUnitId == unit && h.Status != HouseholdStatus.Closed).OrderBy(h => h.Id)
                .Select(h => new ValueTuple<int, string>(h.Id, h.Name)).FirstAsync();
        });
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync("/ServiceEvents/Create");
        Assert.NotNull(form.QuerySelector("input[name='Input.Kind'][value='JobFair'][checked]"));
        Assert.Equal("JobFair", form.QuerySelector("#Input_PositionsOffered")?.ParentElement?.GetAttribute("data-kinds"));
        Assert.Contains("Training", form.QuerySelector("#Input_Trainees")?.ParentElement?.GetAttribute("data-kinds"), StringComparison.Ordinal);

        var fields = await JobFairAsync("分工会“春风行动”招聘会");
        fields["Input.HouseholdIds"] = householdId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var saved = await officer.SubmitAsync(form, fields, formSelector: "#event-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.ToString();
        Assert.StartsWith("/ServiceEvents/Details/", location, StringComparison.Ordinal);
        var details = await officer.GetHtmlAsync(location);
        var text = details.Text("main");
        Assert.Contains("服务活动已登记。", text, StringComparison.Ordinal);
        Assert.Contains("提供岗位数240", Squash(text), StringComparison.Ordinal);
        Assert.Contains("达成用工意向人数45", Squash(text), StringComparison.Ordinal);
        Assert.Contains(name, text, StringComparison.Ordinal);
        var stored = await factory.QueryAsync(db => db.ServiceEvents.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal((240, 300, (int?)null), (stored.PositionsOffered, stored.Attendees, stored.Trainees));
    }

    [Fact]
    public async Task Negative_counts_and_intentions_above_attendees_come_back_next_to_their_fields_and_nothing_is_saved()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var before = await factory.QueryAsync(db => db.ServiceEvents.CountAsync());
        var form = await officer.GetHtmlAsync("/ServiceEvents/Create");
        var fields = await JobFairAsync("有误的招聘会");
        fields["Input.Employers"] = "-2";
        fields["Input.HiringIntentions"] = "301";

        var response = await officer.SubmitAsync(form, fields, formSelector: "#event-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("参会用工单位数不能为负数。", page.Text("#err-Employers"));
        Assert.Equal("达成用工意向人数（301）不能多于参会人员数（300）。", page.Text("#err-HiringIntentions"));
        Assert.NotNull(page.QuerySelector(".alert-danger"));
        Assert.Equal("-2", page.Value("#Input_Employers"));
        Assert.Equal("有误的招聘会", page.Value("#Input_Title"));
        Assert.Equal(before, await factory.QueryAsync(db => db.ServiceEvents.CountAsync()));
    }

    [Fact]
    public async Task Letters_in_a_number_field_get_a_plain_message_and_the_typed_value_back()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync("/ServiceEvents/Create");
        var fields = await JobFairAsync("招聘会");
        fields["Input.PositionsOffered"] = "三百";

        var page = await (await officer.SubmitAsync(form, fields, formSelector: "#event-form")).ReadHtmlAsync();

        Assert.Equal("“三百”无法识别，请按格式重新填写。", page.Text("#err-PositionsOffered"));
        Assert.Equal("三百", page.Value("#Input_PositionsOffered"));
    }

    [Fact]
    public async Task The_household_search_finds_in_scope_only_with_and_without_scripts()
    {
        var (householdId, name) = await factory.QueryAsync(async db =>
        {
            var unit = await db.Users.Where(u => u.UserName == DemoUsers.Officer).Select(u => u.OrgUnitId).SingleAsync();
            return await db.Households.Where(h => h.OrgUnitId == unit && h.Status != HouseholdStatus.Closed).OrderByDescending(h => h.Id)
                .Select(h => new ValueTuple<int, string>(h.Id, h.Name)).FirstAsync();
        });
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        using var other = await factory.SignedInAsync(DemoUsers.OtherBranchOfficer);

        var json = await officer.GetStringAsync($"/ServiceEvents/Create?handler=Households&term={Uri.EscapeDataString(name)}");
        Assert.Contains(householdId, JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
        var otherJson = await other.GetStringAsync($"/ServiceEvents/Create?handler=Households&term={Uri.EscapeDataString(name)}");
        Assert.DoesNotContain(householdId, JsonDocument.Parse(otherJson).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));

        var form = await officer.GetHtmlAsync("/ServiceEvents/Create");
        var searched = await officer.SubmitAsync(form, new Dictionary<string, string> { ["HouseholdSearch"] = name, ["Input.Title"] = "座谈会" },
            formSelector: "#event-form", submitSelector: "#household-search-button");
        var page = await searched.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector($".found-row input[name='Input.HouseholdIds'][value='{householdId}']"));
        Assert.Equal("座谈会", page.Value("#Input_Title"));
    }

    [Fact]
    public async Task Another_branch_gets_404_for_the_event_and_does_not_see_it_listed()
    {
        var unit = await factory.UnitOfAsync(DemoUsers.Officer);
        var id = await factory.QueryAsync(db => db.ServiceEvents.Where(e => e.OrgUnitId == unit).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        using var other = await factory.SignedInAsync(DemoUsers.OtherBranchOfficer);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/ServiceEvents/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/ServiceEvents/Edit/{id}")).StatusCode);
        var list = await other.GetHtmlAsync("/ServiceEvents");
        Assert.DoesNotContain(list.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == $"/ServiceEvents/Details/{id}");
    }

    [Fact]
    public async Task Two_people_editing_the_same_event_the_second_gets_the_conflict_message_and_keeps_the_input()
    {
        var unit = await factory.UnitOfAsync(DemoUsers.Officer);
        var id = await factory.QueryAsync(db => db.ServiceEvents.Where(e => e.OrgUnitId == unit).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var mine = await officer.GetHtmlAsync($"/ServiceEvents/Edit/{id}");
        var theirs = await chair.GetHtmlAsync($"/ServiceEvents/Edit/{id}");

        Assert.Equal(HttpStatusCode.Redirect, (await chair.SubmitAsync(theirs, new Dictionary<string, string> { ["Input.Notes"] = "主席补记" }, formSelector: "#event-form")).StatusCode);
        var conflict = await officer.SubmitAsync(mine, new Dictionary<string, string> { ["Input.Notes"] = "干事补记" }, formSelector: "#event-form");

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.ReadHtmlAsync();
        Assert.Contains("此记录已被他人修改", page.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal("干事补记", page.Value("#Input_Notes"));
        Assert.Equal("主席补记", await factory.QueryAsync(db => db.ServiceEvents.Where(e => e.Id == id).Select(e => e.Notes).SingleAsync()));
        // Both changed the notes: saving again without a choice writes nothing; choosing one's own value is a deliberate overwrite.
        Assert.Equal(HttpStatusCode.OK, (await officer.SubmitAsync(page, new Dictionary<string, string>(), formSelector: "#event-form")).StatusCode);
        Assert.Equal("主席补记", await factory.QueryAsync(db => db.ServiceEvents.Where(e => e.Id == id).Select(e => e.Notes).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync(page, new Dictionary<string, string> { ["Conflict.Choices[Notes]"] = "Yours" }, formSelector: "#event-form")).StatusCode);
        Assert.Equal("干事补记", await factory.QueryAsync(db => db.ServiceEvents.Where(e => e.Id == id).Select(e => e.Notes).SingleAsync()));
    }

    [Fact]
    public async Task The_list_filters_by_kind_and_its_totals_are_those_of_every_matching_event()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var page = await chair.GetHtmlAsync("/ServiceEvents?Filter.Kind=JobFair");
        var expected = await factory.QueryAsync(async db => (
            Count: await db.ServiceEvents.CountAsync(e => e.Kind == ServiceEventKind.JobFair),
            Positions: await db.ServiceEvents.Where(e => e.Kind == ServiceEventKind.JobFair).SumAsync(e => e.PositionsOffered ?? 0)));

        Assert.Equal(expected.Count, page.QuerySelectorAll("tbody tr").Length);
        Assert.Contains(expected.Positions.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), page.Text(".figure-strip"), StringComparison.Ordinal);
        Assert.Contains($"合计 {expected.Count} 次", page.Text("tfoot"), StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("tbody tr"), row => Assert.Contains("送岗位", row.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_auditor_reads_the_event_without_an_edit_button_and_cannot_post()
    {
        var id = await factory.QueryAsync(db => db.ServiceEvents.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var details = await auditor.GetHtmlAsync($"/ServiceEvents/Details/{id}");
        Assert.Null(details.QuerySelector($"a[href='/ServiceEvents/Edit/{id}']"));
        var list = await auditor.GetHtmlAsync("/ServiceEvents");
        Assert.Null(list.QuerySelector("a[href^='/ServiceEvents/Create']"));

        var refused = await auditor.PostWithTokenAsync(details, "/ServiceEvents/Create", await JobFairAsync("审计员的招聘会"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static string Squash(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
}
