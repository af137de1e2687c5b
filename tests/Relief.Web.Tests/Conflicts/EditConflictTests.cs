using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Households;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Conflicts;

/// <summary>
/// Two people editing one record through the real pages: the second, stale save shows field by field what is saved
/// now beside what was typed, keeps the typed input, and the next save writes only what its author changed; where both
/// changed a field it waits for a choice. A colleague's change is never silently undone.
/// </summary>
public sealed class EditConflictTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    [Fact]
    public async Task A_new_phone_saved_by_a_colleague_is_shown_kept_and_not_undone_by_saving_the_address_again()
    {
        var id = await BranchHouseholdAsync(skip: 0);
        using var first = await factory.SignedInAsync(DemoUsers.Officer);
        using var second = await factory.SignedInAsync(DemoUsers.Chair);
        var firstForm = await first.GetHtmlAsync($"/Households/Edit/{id}");
        var secondForm = await second.GetHtmlAsync($"/Households/Edit/{id}");
        var oldPhone = secondForm.Value("#Input_Phone") ?? "";

        await SavedAsync(first, firstForm, new() { ["Input.Phone"] = "13900001111" }, "main form");
        var conflict = await StaleAsync(second, secondForm, new() { ["Input.Address"] = "丽水市莲都区万象街道8号" }, "main form");

        Assert.Equal(2, conflict.QuerySelectorAll(".edit-conflict-field").Length);
        Assert.Equal("YoursKept", Row(conflict, "Address").GetAttribute("data-outcome"));
        var row = Row(conflict, "Phone");
        Assert.Equal("SavedKept", row.GetAttribute("data-outcome"));
        Assert.Contains("13900001111", row.QuerySelector("[data-value=saved]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(string.IsNullOrEmpty(oldPhone) ? "无" : oldPhone, row.QuerySelector("[data-value=yours]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("13900001111", conflict.Value("#Input_Phone"));
        Assert.Equal("丽水市莲都区万象街道8号", conflict.Value("#Input_Address"));
        Assert.NotEqual("丽水市莲都区万象街道8号", await AddressAsync(id));

        await SavedAsync(second, conflict, new(), "main form");
        var (phone, address) = await factory.QueryAsync(db => db.Households.Where(h => h.Id == id).Select(h => new ValueTuple<string?, string?>(h.Phone, h.Address)).SingleAsync());
        Assert.Equal("13900001111", phone);
        Assert.Equal("丽水市莲都区万象街道8号", address);
    }

    [Fact]
    public async Task A_field_both_changed_waits_for_an_explicit_choice_and_the_rest_of_the_input_is_saved()
    {
        var id = await BranchHouseholdAsync(skip: 1);
        using var first = await factory.SignedInAsync(DemoUsers.Officer);
        using var second = await factory.SignedInAsync(DemoUsers.Chair);
        var firstForm = await first.GetHtmlAsync($"/Households/Edit/{id}");
        var secondForm = await second.GetHtmlAsync($"/Households/Edit/{id}");

        await SavedAsync(first, firstForm, new() { ["Input.Address"] = "第一人的地址1号" }, "main form");
        var conflict = await StaleAsync(second, secondForm, new() { ["Input.Address"] = "第二人的地址2号", ["Input.Causes"] = "第二人填写的致困原因" }, "main form");
        Assert.Equal(2, conflict.QuerySelectorAll(".edit-conflict-field").Length);
        Assert.Equal("Choose", Row(conflict, "Address").GetAttribute("data-outcome"));
        Assert.Equal("YoursKept", Row(conflict, "Causes").GetAttribute("data-outcome"));
        Assert.Equal("第二人的地址2号", conflict.Value("#Input_Address"));
        Assert.Equal("第二人填写的致困原因", conflict.Value("#Input_Causes"));

        // Saving again without choosing is refused, and nothing is written.
        var unchosen = await second.SubmitAsync(conflict, new Dictionary<string, string>(), formSelector: "main form");
        Assert.Equal(HttpStatusCode.OK, unchosen.StatusCode);
        var asked = await unchosen.ReadHtmlAsync();
        Assert.Contains("请为每一项选择", asked.Text("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal("第一人的地址1号", await AddressAsync(id));

        await SavedAsync(second, asked, new() { ["Conflict.Choices[Address]"] = "Saved" }, "main form");
        var (address, causes) = await factory.QueryAsync(db => db.Households.Where(h => h.Id == id).Select(h => new ValueTuple<string?, string?>(h.Address, h.Causes)).SingleAsync());
        Assert.Equal("第一人的地址1号", address);
        Assert.Equal("第二人填写的致困原因", causes);
    }

    public static TheoryData<EditPage> EditPages() =>
    [
        new("/Households/Edit/{household}", DemoUsers.Officer, DemoUsers.Chair, "Input.Workplace", "第一人的工作单位", "Input.IllnessDetails", "第二人的病情", "main form"),
        new("/Campaigns/Edit/{campaign}", DemoUsers.Chair, DemoUsers.Administrator, "Input.Theme", "第一人的主题", "Input.DirectiveReference", "第二人的文号"),
        new("/Grants/Edit/{pendingGrant}", DemoUsers.Officer, DemoUsers.Chair, "Input.OverrideReason", "第一人的说明", "Input.Reason", "第二人的理由"),
        new("/Meetings/Edit/{meeting}", DemoUsers.Officer, DemoUsers.Chair, "Input.MinutesReference", "第一人的纪要号", "Input.Title", "第二人的会议名称"),
        new("/Concerns/Edit/{concern}", DemoUsers.Officer, DemoUsers.Chair, "Input.Resolution", "第一人的办理情况", "Input.Description", "第二人的诉求内容"),
        new("/Hotline/Edit/{call}", DemoUsers.Officer, DemoUsers.Chair, "Input.OutcomeNote", "第一人的处理记录", "Input.Question", "第二人的来电内容"),
        new("/Hotline/Settings?campaignId={campaign}", DemoUsers.Chair, DemoUsers.Administrator, "Input.DutyHours", "工作日 9:00-17:00", "Input.PhoneNumber", "0578-2345678"),
        new("/Pairing/Edit/{pairing}", DemoUsers.Officer, DemoUsers.Chair, "Input.HelperTitle", "第一人的职务", "Input.Notes", "第二人的备注"),
        new("/ServiceEvents/Edit/{serviceEvent}", DemoUsers.Officer, DemoUsers.Chair, "Input.Place", "第一人的地点", "Input.Notes", "第二人的备注"),
        new("/Administration/Units/Edit/{branchUnit}", DemoUsers.Administrator, DemoUsers.Administrator, "Input.Code", "FIRST-01", "Input.Name", "第二人改的单位名"),
        new("/Administration/Users/Edit/{officerUser}", DemoUsers.Administrator, DemoUsers.Administrator, "Input.Title", "第一人的职务", "Input.DisplayName", "第二人改的姓名"),
        new("/Visits/Letters?campaignId={campaign}", DemoUsers.Chair, DemoUsers.Administrator, "Input.SigningLeader", "第一人的署名", "Input.Greeting", "第二人的称呼"),
        new("/Reports/Header/{campaign}", DemoUsers.Chair, DemoUsers.Chair, "Input.Author", "第一人的撰写人", "Input.DirectiveTitle", "第二人的文件标题"),
    ];

    [Theory]
    [MemberData(nameof(EditPages))]
    public async Task On_every_edit_page_a_stale_save_shows_the_colleagues_change_and_the_next_save_keeps_both(EditPage edit)
    {
        var url = await ResolveAsync(edit.Url);
        using var first = await factory.SignedInAsync(edit.FirstUser);
        using var second = await factory.SignedInAsync(edit.SecondUser);
        var firstForm = await first.GetHtmlAsync(url);
        var secondForm = await second.GetHtmlAsync(url);

        await SavedAsync(first, firstForm, new() { [edit.FirstField] = edit.FirstValue }, edit.Form);
        var conflict = await StaleAsync(second, secondForm, new() { [edit.SecondField] = edit.SecondValue }, edit.Form);

        // Two rows: the colleague's field (kept, their value in the form) and this user's own (to be saved).
        Assert.Equal(2, conflict.QuerySelectorAll(".edit-conflict-field").Length);
        var theirs = Row(conflict, edit.FirstField["Input.".Length..]);
        Assert.Equal("SavedKept", theirs.GetAttribute("data-outcome"));
        Assert.Contains(edit.FirstValue, theirs.QuerySelector("[data-value=saved]")?.TextContent, StringComparison.Ordinal);
        var yours = Row(conflict, edit.SecondField["Input.".Length..]);
        Assert.Equal("YoursKept", yours.GetAttribute("data-outcome"));
        Assert.Contains(edit.SecondValue, yours.QuerySelector("[data-value=yours]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(edit.FirstValue, FieldValue(conflict, edit.FirstField));
        Assert.Equal(edit.SecondValue, FieldValue(conflict, edit.SecondField));

        await SavedAsync(second, conflict, new(), edit.Form);
        var reopened = await second.GetHtmlAsync(url);
        Assert.Equal(edit.FirstValue, FieldValue(reopened, edit.FirstField));
        Assert.Equal(edit.SecondValue, FieldValue(reopened, edit.SecondField));
    }

    public sealed record EditPage(
        string Url, string FirstUser, string SecondUser, string FirstField, string FirstValue, string SecondField, string SecondValue,
        string Form = "main form[method=post]")
    {
        public override string ToString() => Url;
    }

    private static AngleSharp.Dom.IElement Row(IHtmlDocument page, string field) =>
        page.QuerySelector($".edit-conflict-field[data-field='{field}']") ?? throw new Xunit.Sdk.XunitException($"No conflict row for {field}");

    private static string? FieldValue(IHtmlDocument page, string name) => page.QuerySelector($"main [name='{name}']") switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement area => area.Value,
        IHtmlSelectElement select => select.Value,
        _ => null,
    };

    private static async Task SavedAsync(HttpClient client, IHtmlDocument form, Dictionary<string, string> fields, string formSelector)
    {
        var response = await client.SubmitAsync(form, fields, formSelector);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{form.Url}: expected a save, got {(int)response.StatusCode}: " + (await response.ReadHtmlAsync()).Text("main"));
    }

    private static async Task<IHtmlDocument> StaleAsync(HttpClient client, IHtmlDocument form, Dictionary<string, string> fields, string formSelector)
    {
        var response = await client.SubmitAsync(form, fields, formSelector);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("此记录已被他人修改", page.Text("[role=alert]"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".edit-conflict"));
        return page;
    }

    private Task<int> BranchHouseholdAsync(int skip) => factory.QueryAsync(async db =>
    {
        var branch = await db.Users.Where(u => u.UserName == DemoUsers.Officer).Select(u => u.OrgUnitId).SingleAsync();
        return await db.Households.Where(h => h.OrgUnitId == branch && h.Status == HouseholdStatus.Active)
            .OrderByDescending(h => h.Id).Skip(10 + skip).Select(h => h.Id).FirstAsync();
    });

    private Task<string?> AddressAsync(int id) => factory.QueryAsync(db => db.Households.Where(h => h.Id == id).Select(h => h.Address).SingleAsync());

    /// <summary>A branch meeting already held, in the campaign's second week.</summary>
    private static async Task<int> BranchMeetingAsync(Core.Data.ReliefDbContext db, DemoCampaign campaign, int unit)
    {
        var meeting = new Core.Features.Grants.CommitteeMeeting
        {
            CampaignId = campaign.Id, OrgUnitId = unit, Title = "分工会委员会会议（冲突测试）", HeldOn = campaign.StartsOn.AddDays(7), CreatedAt = DateTime.UtcNow,
        };
        meeting.Attendees.Add(new Core.Features.Grants.MeetingAttendee { Name = "分工会主席", Title = "分工会主席" });
        db.CommitteeMeetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    /// <summary>The demo records each page edits, of the officer's branch so every editing role has them in scope.</summary>
    private async Task<string> ResolveAsync(string url)
    {
        var running = await factory.RunningCampaignAsync();
        var tokens = await factory.QueryAsync(async db =>
        {
            var officer = await db.Users.SingleAsync(u => u.UserName == DemoUsers.Officer);
            var campaign = running.Id;
            return new Dictionary<string, string>
            {
                ["{household}"] = $"{await BranchHouseholdAsync(skip: 2)}",
                ["{campaign}"] = $"{campaign}",
                ["{pendingGrant}"] = $"{await db.Grants.Where(g => g.OrgUnitId == officer.OrgUnitId && g.CampaignId == campaign && g.Status == Core.Features.Grants.GrantStatus.Applied).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync()}",
                ["{meeting}"] = $"{await BranchMeetingAsync(db, running, officer.OrgUnitId)}",
                ["{concern}"] = $"{await db.Concerns.Where(c => c.OrgUnitId == officer.OrgUnitId && c.Status != Core.Features.Visits.ConcernStatus.Resolved).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync()}",
                ["{call}"] = $"{await db.HotlineCalls.Where(c => c.OrgUnitId == officer.OrgUnitId).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync()}",
                ["{pairing}"] = $"{await db.HelperPairings.Where(p => p.OrgUnitId == officer.OrgUnitId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync()}",
                ["{serviceEvent}"] = $"{await db.ServiceEvents.Where(e => e.OrgUnitId == officer.OrgUnitId).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync()}",
                ["{branchUnit}"] = $"{officer.OrgUnitId}",
                ["{officerUser}"] = officer.Id,
            };
        });
        return tokens.Aggregate(url, (current, token) => current.Replace(token.Key, token.Value, StringComparison.Ordinal));
    }
}
