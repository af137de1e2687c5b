using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Households;
using Relief.Core.Features.Pairing;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Pairing;

public sealed class PairingPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{
    private Task<List<int>> HouseholdsOfAsync(string userName, int count) => factory.QueryAsync(async db =>
    {
        var unit = await db.Users.Where(u => u.UserName == userName).Select(u => u.OrgUnitId).SingleAsync();
        return await db.Households.Where(h => h.OrgUnitId == unit && h.Status != HouseholdStatus.Closed)
            .OrderByDescending(h => h.Id).Select(h => h.Id).Take(count).ToListAsync();
    });

    /// <summary>The day the tests pair a cadre: the running campaign's second week; help follows in the days after.</summary>
    private async Task<DateOnly> PairedOnAsync() => (await factory.RunningCampaignAsync()).StartsOn.AddDays(7);

    private async Task<(HttpClient Officer, string Details)> PairedCadreAsync(string name, List<int> households)
    {
        var pairedOn = await PairedOnAsync();
        var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync("/Pairing/Create");
        var values = new List<KeyValuePair<string, string>>
        {
            new("Input.HelperName", name), new("Input.HelperTitle", "副局长"), new("Input.HelperWorkplace", "丽水市财政局"), new("Input.PairedOn", pairedOn.Iso()),
        };
        // Several households: the form posts one Input.HouseholdIds per ticked box.
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        values.Add(new("__RequestVerificationToken", token));
        values.Add(new("Input.OrgUnitId", form.QuerySelector("#Input_OrgUnitId")!.GetAttribute("value")!));
        values.Add(new("Input.CampaignId", form.QuerySelector("#Input_CampaignId option[selected]")!.GetAttribute("value")!));
        values.AddRange(households.Select(h => new KeyValuePair<string, string>("Input.HouseholdIds", h.ToString(CultureInfo.InvariantCulture))));
        using var content = new FormUrlEncodedContent(values);
        var saved = await officer.PostAsync("/Pairing/Create", content);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (officer, saved.Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_officer_pairs_a_cadre_with_two_households_and_records_money_goods_and_a_job()
    {
        var households = await HouseholdsOfAsync(DemoUsers.Officer, 2);
        var (officer, location) = await PairedCadreAsync("测试干部甲", households);
        var givenOn = (await PairedOnAsync()).AddDays(7);
        using var _ = officer;
        Assert.StartsWith("/Pairing/Details/", location, StringComparison.Ordinal);
        var details = await officer.GetHtmlAsync(location);
        Assert.Contains("结对已建立", details.Text("main"), StringComparison.Ordinal);
        Assert.Equal(2, details.QuerySelectorAll("a[href^='/Pairing/Record/'][href*='householdId=']").Length);
        var id = location.Split('/')[^1];

        var record = await officer.GetHtmlAsync($"/Pairing/Record/{id}?householdId={households[0]}");
        Assert.NotNull(record.QuerySelector($"input[name='Input.HouseholdId'][value='{households[0]}'][checked]"));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync(record, new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(HelpKind.Money), ["Input.GivenOn"] = givenOn.Iso(), ["Input.Amount"] = "1200",
        }, formSelector: "#help-form")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync(record, new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(HelpKind.Goods), ["Input.GivenOn"] = givenOn.Iso(), ["Input.ItemName"] = "大米", ["Input.Quantity"] = "50", ["Input.Unit"] = "斤",
        }, formSelector: "#help-form")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync(record, new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(HelpKind.Job), ["Input.GivenOn"] = givenOn.AddDays(5).Iso(), ["Input.Description"] = "推荐到物业公司任保洁员",
        }, formSelector: "#help-form")).StatusCode);

        var after = await officer.GetHtmlAsync(location);
        var strip = Squash(after.Text(".figure-strip"));
        Assert.Contains("¥1,200.00", strip, StringComparison.Ordinal);
        Assert.Contains("50斤", strip, StringComparison.Ordinal);
        Assert.Contains("推荐到物业公司任保洁员", after.Text("main"), StringComparison.Ordinal);
        var help = await factory.QueryAsync(db => db.HelpRecords.Where(r => r.PairingId == int.Parse(id, CultureInfo.InvariantCulture)).ToListAsync());
        Assert.Equal(3, help.Count);
        Assert.All(help, r => Assert.Equal(households[0], r.HouseholdId));
    }

    [Fact]
    public async Task A_negative_amount_and_goods_without_a_unit_come_back_next_to_their_fields()
    {
        var households = await HouseholdsOfAsync(DemoUsers.Officer, 1);
        var (officer, location) = await PairedCadreAsync("测试干部乙", households);
        using var _ = officer;
        var id = int.Parse(location.Split('/')[^1], CultureInfo.InvariantCulture);
        var givenOn = (await PairedOnAsync()).AddDays(7).Iso();
        var record = await officer.GetHtmlAsync($"/Pairing/Record/{id}");

        var money = await (await officer.SubmitAsync(record, new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(HelpKind.Money), ["Input.GivenOn"] = givenOn, ["Input.Amount"] = "-100",
        }, formSelector: "#help-form")).ReadHtmlAsync();
        Assert.Equal("帮扶金额须大于 0。", money.Text("#err-Amount"));
        Assert.Equal("-100", money.Value("#Input_Amount"));
        var goods = await (await officer.SubmitAsync(record, new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(HelpKind.Goods), ["Input.GivenOn"] = givenOn, ["Input.ItemName"] = "食用油", ["Input.Quantity"] = "2",
        }, formSelector: "#help-form")).ReadHtmlAsync();
        Assert.Equal("请填写数量单位（如斤、袋、桶）。", goods.Text("#err-Unit"));
        Assert.Equal(0, await factory.QueryAsync(db => db.HelpRecords.CountAsync(r => r.PairingId == id)));
    }

    [Fact]
    public async Task A_pairing_without_a_household_or_a_helper_is_refused_with_both_messages()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var form = await officer.GetHtmlAsync("/Pairing/Create");
        var page = await (await officer.SubmitAsync(form, new Dictionary<string, string>(), formSelector: "#pairing-form")).ReadHtmlAsync();

        Assert.Equal("请从名单中选择帮扶人，或填写帮扶干部的姓名。", page.Text("#err-HelperName"));
        Assert.Equal("请至少选择一户结对帮扶对象。", page.Text("#err-HouseholdIds"));
    }

    [Fact]
    public async Task The_overview_totals_equal_the_records_of_the_campaign_and_its_year()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var running = await factory.RunningCampaignAsync();
        var campaign = running.Id;
        var page = await chair.GetHtmlAsync($"/Pairing?Filter.CampaignId={campaign}");
        var (helpers, households, money, jobs) = await factory.QueryAsync(async db =>
        {
            var pairings = await db.HelperPairings.Include(p => p.Households).Include(p => p.HelpRecords)
                .Where(p => p.CampaignId == campaign || (p.CampaignId == null && p.Year == running.Year)).ToListAsync();
            var help = pairings.SelectMany(p => p.HelpRecords).ToList();
            return (pairings.Select(p => p.HelperUserId ?? p.HelperName + "|" + p.HelperWorkplace).Distinct().Count(),
                pairings.SelectMany(p => p.Households).Select(h => h.HouseholdId).Distinct().Count(),
                help.Where(r => r.Kind == HelpKind.Money).Sum(r => r.Amount ?? 0), help.Count(r => r.Kind == HelpKind.Job));
        });

        var boxes = page.QuerySelectorAll(".figure-strip .figure-value").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(helpers.ToString("N0", CultureInfo.InvariantCulture), boxes[0]);
        Assert.Equal(households.ToString("N0", CultureInfo.InvariantCulture), boxes[1]);
        Assert.Equal("¥" + money.ToString("N2", CultureInfo.InvariantCulture), boxes[2]);
        Assert.Equal(jobs.ToString("N0", CultureInfo.InvariantCulture), boxes[4]);
        Assert.True(helpers >= 10);
        Assert.Equal(Math.Min(helpers, 25), page.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Another_branch_gets_404_and_an_auditor_gets_no_buttons_and_403_on_post()
    {
        var unit = await factory.UnitOfAsync(DemoUsers.Officer);
        var running = await factory.RunningCampaignAsync();
        var id = await factory.QueryAsync(db => db.HelperPairings.Where(p => p.OrgUnitId == unit && p.Year == running.Year).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        using var other = await factory.SignedInAsync(DemoUsers.OtherBranchOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Pairing/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Pairing/Record/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Pairing/Edit/{id}")).StatusCode);

        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var details = await auditor.GetHtmlAsync($"/Pairing/Details/{id}");
        Assert.Null(details.QuerySelector("a[href^='/Pairing/Record/']"));
        Assert.Null(details.QuerySelector($"a[href='/Pairing/Edit/{id}']"));
        var refused = await auditor.PostWithTokenAsync(details, $"/Pairing/Record/{id}", new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(HelpKind.Visit), ["Input.GivenOn"] = (await PairedOnAsync()).AddDays(7).Iso(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_pages_speak_English_after_the_language_switch()
    {
        var running = await factory.RunningCampaignAsync();
        var id = await factory.QueryAsync(db => db.HelperPairings.Where(p => p.Year == running.Year).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var home = await chair.GetHtmlAsync("/");
        await chair.SubmitAsync(home, new Dictionary<string, string>(), formSelector: "form.culture-switch");

        var overview = await chair.GetHtmlAsync("/Pairing");
        Assert.Equal("Pairing assistance", overview.Text("h1"));
        Assert.Contains("households paired", overview.Text(".figure-strip"), StringComparison.Ordinal);
        var record = await chair.GetHtmlAsync($"/Pairing/Record/{id}");
        Assert.Equal("Amount (yuan)", record.QuerySelector("label[for=Input_Amount]")?.TextContent.Trim());
        var events = await chair.GetHtmlAsync("/ServiceEvents/Create");
        Assert.Equal("Positions offered", events.QuerySelector("label[for=Input_PositionsOffered]")?.TextContent.Trim());
        Assert.Contains("Job fair", events.Text("#event-form"), StringComparison.Ordinal);
    }

    private static string Squash(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
}
