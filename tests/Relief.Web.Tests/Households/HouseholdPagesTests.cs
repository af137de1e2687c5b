using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Households;

public sealed class HouseholdPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    [Fact]
    public async Task An_officer_gets_404_for_another_branch_file_and_never_sees_it_in_the_list_or_the_export()
    {
        var otherBranch = await factory.UnitOfAsync(DemoUsers.OtherBranchOfficer);
        var (otherId, otherName) = await factory.QueryAsync(db => db.Households
            .Where(h => h.OrgUnitId == otherBranch && h.Status != HouseholdStatus.Closed)
            .OrderBy(h => h.Id).Select(h => new ValueTuple<int, string>(h.Id, h.Name)).FirstAsync());
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Households/Details/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Households/Edit/{otherId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Surveys/Create?householdId={otherId}")).StatusCode);

        var search = await officer.GetHtmlAsync($"/Households?Filter.Search={Uri.EscapeDataString(otherName)}");
        Assert.DoesNotContain(search.QuerySelectorAll("tbody td:first-child a"), a => a.TextContent.Trim() == otherName);

        var export = await officer.GetAsync("/Households?handler=Export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        var rows = await ReadSheetAsync(export);
        var ownUnit = await factory.QueryAsync(db => db.Users.Where(u => u.UserName == DemoUsers.Officer).Select(u => u.OrgUnit!.Name).SingleAsync());
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(ownUnit, r["所属工会"]));
        Assert.DoesNotContain(rows, r => Equals(r["姓名"], otherName));
    }

    [Fact]
    public async Task The_list_counts_filters_pages_and_exports_exactly_what_it_shows()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var working = await factory.QueryAsync(db => db.Households.CountAsync(h => h.Status != HouseholdStatus.Closed));
        var extreme = await factory.QueryAsync(db => db.Households.CountAsync(h => h.Level == HardshipLevel.Extreme && h.Status != HouseholdStatus.Closed));

        var first = await chair.GetHtmlAsync("/Households");
        Assert.Contains($"共 {working} 户", first.Text("main"), StringComparison.Ordinal);
        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        var second = await chair.GetHtmlAsync("/Households?page=2");
        Assert.Equal(Math.Min(25, working - 25), second.QuerySelectorAll("tbody tr").Length);
        var firstFiles = first.QuerySelectorAll("tbody td:first-child a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.DoesNotContain(second.QuerySelectorAll("tbody td:first-child a"), a => firstFiles.Contains(a.GetAttribute("href")));

        var filtered = await chair.GetHtmlAsync("/Households?Filter.Level=Extreme");
        Assert.Contains($"共 {extreme} 户", filtered.Text("main"), StringComparison.Ordinal);
        Assert.All(filtered.QuerySelectorAll("tbody tr"), row => Assert.Contains("特困", row.TextContent, StringComparison.Ordinal));
        var exportLink = filtered.QuerySelector("a[href*='handler=Export']")?.GetAttribute("href");
        Assert.NotNull(exportLink);
        Assert.Contains("Filter.Level=Extreme", exportLink, StringComparison.Ordinal);
        var exported = await ReadSheetAsync(await chair.GetAsync(exportLink));
        Assert.Equal(extreme, exported.Count);
        Assert.All(exported, r => Assert.Equal("特困", r["困难程度"]));
        Assert.All(exported, r => Assert.Contains("**********", r["身份证号"]?.ToString(), StringComparison.Ordinal));

        var none = await chair.GetHtmlAsync("/Households?Filter.Search=" + Uri.EscapeDataString("无此人"));
        Assert.NotNull(none.QuerySelector(".empty-state"));
        Assert.Empty(none.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task A_bad_ID_number_is_explained_next_to_the_field_and_nothing_is_saved()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var before = await factory.QueryAsync(db => db.Households.CountAsync());
        var form = await officer.GetHtmlAsync("/Households/Create");
        var valid = ResidentIdNumber.Compose("331102", new DateOnly(1979, 4, 8), 417);
        var wrongCheckDigit = valid[..17] + (valid[17] == '1' ? '2' : '1');

        var response = await officer.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "林国栋",
            ["Input.IdNumber"] = wrongCheckDigit,
            ["Input.Categories"] = nameof(HouseholdCategory.HardshipEmployee),
            ["Input.Members[0].Name"] = "林小雨",
            ["Input.Members[0].Relation"] = "子女",
        }, formSelector: "main form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("校验位", page.Text("#err-IdNumber"), StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Input_IdNumber")?.GetAttribute("aria-invalid"));
        var summary = page.QuerySelector("[role=alert][aria-live]");
        Assert.NotNull(summary);
        Assert.Contains("校验位", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal("林国栋", page.Value("#Input_Name"));
        Assert.Equal("林小雨", page.Value("#Input_Members_0_Name"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Households.CountAsync()));
    }

    [Fact]
    public async Task A_new_file_is_saved_with_its_members_and_blank_rows_are_dropped()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync("/Households/Create");
        // Without JavaScript: "add a row" is a submit button that returns the form with one more row, input kept.
        var added = await officer.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "沈建明" },
            formSelector: "main form", submitSelector: "button[formaction*='handler=AddMember']");
        var withRow = await added.ReadHtmlAsync();
        Assert.Equal(3, withRow.QuerySelectorAll(".member-row").Length);
        Assert.Equal("沈建明", withRow.Value("#Input_Name"));

        var idNumber = ResidentIdNumber.Compose("332522", new DateOnly(1972, 10, 3), 735);
        var saved = await officer.SubmitAsync(withRow, new Dictionary<string, string>
        {
            ["Input.IdNumber"] = idNumber,
            ["Input.Categories"] = nameof(HouseholdCategory.SeriousIllness),
            ["Input.Level"] = nameof(HardshipLevel.Extreme),
            ["Input.FamilySize"] = "3",
            ["Input.PerCapitaIncome"] = "860.5",
            ["Input.Phone"] = "13957812345",
            ["Input.Members[1].Name"] = "沈丽",
            ["Input.Members[1].Relation"] = "配偶",
            ["Input.Members[1].BirthYear"] = "1974",
        }, formSelector: "main form");

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, (await saved.ReadHtmlAsync()).Text("[role=alert]"));
        var file = await officer.GetHtmlAsync(saved.Headers.Location!.ToString());
        Assert.Equal("沈建明", file.Text("h1"));
        Assert.Contains("沈丽", file.Text("main"), StringComparison.Ordinal);
        var members = await factory.QueryAsync(db => db.Households.Where(h => h.Name == "沈建明").SelectMany(h => h.Members).ToListAsync());
        Assert.Equal("沈丽", Assert.Single(members).Name);
    }

    [Fact]
    public async Task Of_two_people_editing_the_same_file_the_second_gets_a_conflict_and_keeps_their_input()
    {
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var id = await factory.QueryAsync(db => db.Households.Where(h => h.OrgUnitId == branch && h.Status == HouseholdStatus.Active)
            .OrderByDescending(h => h.Id).Select(h => h.Id).FirstAsync());
        using var first = await factory.SignedInAsync(DemoUsers.Officer);
        using var second = await factory.SignedInAsync(DemoUsers.Chair);
        var firstForm = await first.GetHtmlAsync($"/Households/Edit/{id}");
        var secondForm = await second.GetHtmlAsync($"/Households/Edit/{id}");

        var saved = await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.Address"] = "丽水市莲都区白云街道1号" }, formSelector: "main form");
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, (await saved.ReadHtmlAsync()).Text("main"));

        var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string>
        {
            ["Input.Address"] = "丽水市莲都区万象街道2号",
            ["Input.Causes"] = "第二人填写的致困原因",
        }, formSelector: "main form");
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.ReadHtmlAsync();
        Assert.Contains("此记录已被他人修改", page.Text("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal("丽水市莲都区万象街道2号", page.Value("#Input_Address"));
        Assert.Equal("第二人填写的致困原因", page.Value("#Input_Causes"));
        Assert.Equal("丽水市莲都区白云街道1号", await factory.QueryAsync(db => db.Households.Where(h => h.Id == id).Select(h => h.Address).SingleAsync()));
    }

    [Fact]
    public async Task Revealing_a_full_ID_number_is_for_chair_and_administrator_only_and_is_audited()
    {
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var (id, masked) = await factory.QueryAsync(db => db.Households.Where(h => h.OrgUnitId == branch)
            .OrderBy(h => h.Id).Select(h => new ValueTuple<int, string>(h.Id, h.IdNumberMasked)).FirstAsync());
        Task<int> AccessCount() => factory.QueryAsync(db => db.AuditEntries.CountAsync(a =>
            a.Entity == nameof(Household) && a.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == AuditAction.Access));
        var before = await AccessCount();

        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var file = await chair.GetHtmlAsync($"/Households/Details/{id}");
        Assert.Contains(masked, file.Text("main"), StringComparison.Ordinal);
        var revealed = await chair.SubmitAsync(file, new Dictionary<string, string>(), formSelector: "form[action*='handler=Reveal']");
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        var full = (await revealed.ReadHtmlAsync()).Text("#full-id-number");
        Assert.Equal(18, full.Length);
        Assert.StartsWith(masked[..4], full, StringComparison.Ordinal);
        Assert.EndsWith(masked[^4..], full, StringComparison.Ordinal);
        Assert.Equal(before + 1, await AccessCount());

        foreach (var role in new[] { DemoUsers.Officer, DemoUsers.Auditor })
        {
            using var other = await factory.SignedInAsync(role);
            var page = await other.GetHtmlAsync($"/Households/Details/{id}");
            Assert.Null(page.QuerySelector("form[action*='handler=Reveal']"));
            var refused = await other.PostWithTokenAsync(page, $"/Households/Details/{id}?handler=Reveal");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        Assert.Equal(before + 1, await AccessCount());
    }

    [Fact]
    public async Task Closing_a_file_keeps_the_reason_in_its_history_and_takes_it_off_the_working_list()
    {
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var (id, name) = await factory.QueryAsync(db => db.Households.Where(h => h.OrgUnitId == branch && h.Status == HouseholdStatus.Active)
            .OrderBy(h => h.Id).Skip(3).Select(h => new ValueTuple<int, string>(h.Id, h.Name)).FirstAsync());
        // Effective three weeks into the running campaign.
        var effectiveOn = (await factory.RunningCampaignAsync()).StartsOn.AddDays(21).Iso();

        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var readOnly = await auditor.GetHtmlAsync($"/Households/Details/{id}");
        Assert.Null(readOnly.QuerySelector("form[action*='handler=Status']"));
        var refused = await auditor.PostWithTokenAsync(readOnly, $"/Households/Details/{id}?handler=Status", new Dictionary<string, string>
        {
            ["StatusChange.ToStatus"] = "Closed", ["StatusChange.ClosureReason"] = "Moved", ["StatusChange.Reason"] = "x",
            ["StatusChange.EffectiveOn"] = effectiveOn,
        });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var countBefore = (await officer.GetHtmlAsync("/Households")).Text("main p[aria-live]");
        var file = await officer.GetHtmlAsync($"/Households/Details/{id}");
        var missingReason = await officer.SubmitAsync(file, new Dictionary<string, string>
        {
            ["StatusChange.ToStatus"] = "Closed", ["StatusChange.Reason"] = "全家迁居杭州", ["StatusChange.EffectiveOn"] = effectiveOn,
        }, formSelector: "form[action*='handler=Status']");
        var again = await missingReason.ReadHtmlAsync();
        Assert.Contains("注销原因", again.Text("[role=alert]"), StringComparison.Ordinal);

        var closed = await officer.SubmitAsync(again, new Dictionary<string, string>
        {
            ["StatusChange.ToStatus"] = "Closed", ["StatusChange.ClosureReason"] = "Moved", ["StatusChange.Reason"] = "全家迁居杭州",
            ["StatusChange.EffectiveOn"] = effectiveOn,
        }, formSelector: "form[action*='handler=Status']");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var after = await officer.GetHtmlAsync($"/Households/Details/{id}");
        Assert.Contains("全家迁居杭州", after.Text("main"), StringComparison.Ordinal);
        Assert.Contains("注销", after.Text("header.file-header"), StringComparison.Ordinal);

        var countAfter = (await officer.GetHtmlAsync("/Households")).Text("main p[aria-live]");
        Assert.Equal(CountIn(countBefore) - 1, CountIn(countAfter));
        var search = await officer.GetHtmlAsync("/Households?Filter.Search=" + Uri.EscapeDataString(name));
        Assert.Contains(search.QuerySelectorAll("tbody td:first-child a"), a => a.TextContent.Trim() == name);
    }

    /// <summary>"共 31 户" → 31.</summary>
    private static int CountIn(string text) => int.Parse(new string(text.Where(char.IsAsciiDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<List<IDictionary<string, object?>>> ReadSheetAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Where(r => r.Values.Any(v => v is not null && v.ToString() != ""))];
    }
}
