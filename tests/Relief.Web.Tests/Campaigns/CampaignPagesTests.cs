using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Campaigns;

/// <summary>
/// 活动与资金 through the pages: create and edit with standards and quotas, status Planning → Active → Closed by the chair,
/// fund sources and donations with their balance, conflicts, and the demo's closed previous campaign staying read-only.
/// </summary>
public sealed class CampaignPagesTests(ReliefWebFactory factory) : IClassFixture<ReliefWebFactory>
{

    private static Dictionary<string, string> Heading(string name, int year = 2027) => new()
    {
        ["Input.Name"] = name,
        ["Input.Year"] = year.ToString(CultureInfo.InvariantCulture),
        ["Input.Season"] = nameof(Season.SummerCooling),
        ["Input.Theme"] = "夏送清凉 情暖职工",
        ["Input.DirectiveReference"] = "丽电工〔2027〕9号",
        ["Input.StartsOn"] = $"{year}-06-01",
        ["Input.EndsOn"] = $"{year}-08-31",
    };

    /// <summary>Creates a campaign through the form (one standard row added by its button) and answers its id.</summary>
    private static async Task<int> CreateAsync(HttpClient chair, string name)
    {
        var form = await chair.GetHtmlAsync("/Campaigns/Create");
        var withRow = await (await chair.SubmitAsync(form, Heading(name), formSelector: "#campaign-form", submitSelector: "button[formaction*='handler=AddStandard']")).ReadHtmlAsync();
        var fields = Heading(name);
        fields["Input.Standards[0].Category"] = "HardshipEmployee";
        fields["Input.Standards[0].Kind"] = "HolidayCondolence";
        fields["Input.Standards[0].Amount"] = "300";
        var created = await chair.SubmitAsync(withRow, fields, formSelector: "#campaign-form");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_campaign_is_created_with_a_standard_and_a_quota_edited_and_shown_on_its_page()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var id = await CreateAsync(chair, "2027年夏送清凉活动");
        var details = await chair.GetHtmlAsync($"/Campaigns/Details/{id}");
        Assert.Contains("2027年夏送清凉活动", details.Text("h1"), StringComparison.Ordinal);
        Assert.Contains("筹备中", details.Text("main header"), StringComparison.Ordinal);
        Assert.Contains("300.00 元", details.Text(".standards-table"), StringComparison.Ordinal);

        // Edit: add a quota row for the officer's branch by its button, then save.
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var edit = await chair.GetHtmlAsync($"/Campaigns/Edit/{id}");
        Assert.Equal("300", edit.Value("#Input_Standards_0_Amount"));
        var withQuota = await (await chair.SubmitAsync(edit, new Dictionary<string, string>(), formSelector: "#campaign-form",
            submitSelector: "button[formaction*='handler=AddQuota']")).ReadHtmlAsync();
        Assert.NotNull(withQuota.QuerySelector("#Input_Quotas_0_OrgUnitId"));
        var saved = await chair.SubmitAsync(withQuota, new Dictionary<string, string>
        {
            ["Input.Name"] = "2027年夏送清凉专项活动",
            ["Input.Quotas[0].OrgUnitId"] = branch.ToString(CultureInfo.InvariantCulture),
            ["Input.Quotas[0].Households"] = "12",
            ["Input.Quotas[0].Amount"] = "3600",
        }, formSelector: "#campaign-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var campaign = await factory.QueryAsync(db => db.Campaigns.Include(c => c.Quotas).Include(c => c.Standards).SingleAsync(c => c.Id == id));
        Assert.Equal("2027年夏送清凉专项活动", campaign.Name);
        Assert.Equal(CampaignStatus.Planning, campaign.Status);
        Assert.Equal((branch, 12, 3600m), (campaign.Quotas.Single().OrgUnitId, campaign.Quotas.Single().Households, campaign.Quotas.Single().Amount));
        Assert.Equal(300m, campaign.Standards.Single().Amount);
        var shown = await chair.GetHtmlAsync($"/Campaigns/Details/{id}");
        Assert.Contains("0 / 12", shown.Text(".quotas-table"), StringComparison.Ordinal);
        Assert.Contains("已保存", shown.Text(".alert-success"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_localized_messages_next_to_the_fields_and_nothing_is_saved()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var before = await factory.QueryAsync(db => db.Campaigns.CountAsync());
        var form = await chair.GetHtmlAsync("/Campaigns/Create");
        var withRow = await (await chair.SubmitAsync(form, Heading(""), formSelector: "#campaign-form", submitSelector: "button[formaction*='handler=AddStandard']")).ReadHtmlAsync();
        var fields = Heading("");
        fields["Input.EndsOn"] = "2027-05-01";
        fields["Input.Standards[0].Amount"] = "";
        var refused = await chair.SubmitAsync(withRow, fields, formSelector: "#campaign-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.Contains("活动名称", page.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Contains("结束日期不能早于开始日期", page.Text(".alert-danger"), StringComparison.Ordinal);
        // The emptied amount is not "invalid value" but the rule it breaks, next to its row.
        Assert.Contains("补助标准", page.Text("#standards .form-row-box .invalid-feedback"), StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Input_Standards_0_Amount")!.GetAttribute("aria-invalid"));
        Assert.Equal("true", page.QuerySelector("#Input_EndsOn")!.GetAttribute("aria-invalid"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Campaigns.CountAsync()));

        // The same in English after the language switch.
        var home = await chair.GetHtmlAsync("/");
        await chair.SubmitAsync(home, new Dictionary<string, string>(), formSelector: "form.culture-switch");
        var english = await chair.GetHtmlAsync("/Campaigns/Create");
        var englishRefused = await (await chair.SubmitAsync(english, Heading(""), formSelector: "#campaign-form")).ReadHtmlAsync();
        Assert.Contains("Campaign name", englishRefused.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Contains("New campaign", englishRefused.Text("h1"), StringComparison.Ordinal);
        await chair.SubmitAsync(englishRefused, new Dictionary<string, string>(), formSelector: "form.culture-switch");
    }

    [Fact]
    public async Task Two_people_editing_a_campaign_the_second_is_told_and_keeps_what_they_typed()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        using var admin = await factory.SignedInAsync(DemoUsers.Administrator);
        var id = await CreateAsync(chair, "2027年金秋助学活动");
        var chairForm = await chair.GetHtmlAsync($"/Campaigns/Edit/{id}");
        var adminForm = await admin.GetHtmlAsync($"/Campaigns/Edit/{id}");

        Assert.Equal(HttpStatusCode.Redirect, (await chair.SubmitAsync(chairForm, new Dictionary<string, string> { ["Input.Theme"] = "金秋助学 圆梦行动" }, formSelector: "#campaign-form")).StatusCode);
        var conflict = await admin.SubmitAsync(adminForm, new Dictionary<string, string> { ["Input.Theme"] = "助学圆梦" }, formSelector: "#campaign-form");
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await conflict.ReadHtmlAsync();
        Assert.Contains("已被他人修改", page.Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal("助学圆梦", page.Value("#Input_Theme"));
        Assert.Equal("金秋助学 圆梦行动", await factory.QueryAsync(db => db.Campaigns.Where(c => c.Id == id).Select(c => c.Theme).SingleAsync()));

        // Both changed the theme: saving again without a choice writes nothing; choosing one's own value replaces the newer one on purpose.
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitAsync(page, new Dictionary<string, string>(), formSelector: "#campaign-form")).StatusCode);
        Assert.Equal("金秋助学 圆梦行动", await factory.QueryAsync(db => db.Campaigns.Where(c => c.Id == id).Select(c => c.Theme).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, new Dictionary<string, string> { ["Conflict.Choices[Theme]"] = "Yours" }, formSelector: "#campaign-form")).StatusCode);
        Assert.Equal("助学圆梦", await factory.QueryAsync(db => db.Campaigns.Where(c => c.Id == id).Select(c => c.Theme).SingleAsync()));
    }

    [Fact]
    public async Task The_chair_starts_and_closes_a_campaign_closing_must_be_confirmed_and_an_officer_may_not()
    {
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var id = await CreateAsync(chair, "2027年元旦春节送温暖活动");
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var officerView = await officer.GetHtmlAsync($"/Campaigns/Details/{id}");
        Assert.Null(officerView.QuerySelector("#status-active"));
        Assert.Null(officerView.QuerySelector($"a[href='/Campaigns/Edit/{id}']"));
        var version = await factory.QueryAsync(db => db.Campaigns.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());
        var forged = await officer.PostWithTokenAsync(officerView, $"/Campaigns/Details/{id}?handler=Status",
            new Dictionary<string, string> { ["to"] = "Active", ["version"] = version.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        var details = await chair.GetHtmlAsync($"/Campaigns/Details/{id}");
        var started = await chair.SubmitAsync(details, new Dictionary<string, string>(), formSelector: "form.status-form");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(CampaignStatus.Active, await factory.QueryAsync(db => db.Campaigns.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));

        details = await chair.GetHtmlAsync($"/Campaigns/Details/{id}");
        Assert.Contains("进行中", details.Text(".alert-success"), StringComparison.Ordinal);
        var unconfirmed = await chair.SubmitAsync(details, new Dictionary<string, string>(), formSelector: "form.status-form");
        Assert.Contains("请勾选确认", (await unconfirmed.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(CampaignStatus.Active, await factory.QueryAsync(db => db.Campaigns.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));

        var closed = await chair.SubmitAsync(details, new Dictionary<string, string> { ["confirmClose"] = "true" }, formSelector: "form.status-form");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(CampaignStatus.Closed, await factory.QueryAsync(db => db.Campaigns.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));

        // The old form sent again (a stale version and a step that no longer exists): a message, not a 500.
        var again = await chair.SubmitAsync(details, new Dictionary<string, string> { ["confirmClose"] = "true" }, formSelector: "form.status-form");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("已结束", (await again.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_campaign_reads_only_and_forged_saves_get_the_reason_not_a_500()
    {
        var closedCampaign = await factory.PreviousCampaignAsync();
        var closedId = closedCampaign.Id;
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var details = await chair.GetHtmlAsync($"/Campaigns/Details/{closedId}");
        Assert.Contains("已结束，所有记录只读", details.Text("main"), StringComparison.Ordinal);
        Assert.Null(details.QuerySelector($"a[href='/Campaigns/Edit/{closedId}']"));
        Assert.Null(details.QuerySelector("#add-fund"));
        Assert.Null(details.QuerySelector("a[href^='/Grants/Apply']"));
        Assert.Null(details.QuerySelector("form.status-form"));

        var edit = await chair.GetHtmlAsync($"/Campaigns/Edit/{closedId}");
        Assert.NotNull(edit.QuerySelector("fieldset[disabled]"));
        Assert.Null(edit.QuerySelector(".save-bar"));
        var name = await factory.QueryAsync(db => db.Campaigns.Where(c => c.Id == closedId).Select(c => c.Name).SingleAsync());
        var forged = await chair.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Name"] = "改名" }, formSelector: "#campaign-form");
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("已结束", (await forged.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(name, await factory.QueryAsync(db => db.Campaigns.Where(c => c.Id == closedId).Select(c => c.Name).SingleAsync()));

        var funds = await factory.QueryAsync(db => db.FundSources.CountAsync(f => f.CampaignId == closedId));
        var donation = await chair.PostWithTokenAsync(details, $"/Campaigns/Details/{closedId}?handler=Donation", new Dictionary<string, string>
        {
            ["Donation.Name"] = "迟到的捐款", ["Donation.Donor"] = "某公司", ["Donation.Amount"] = "1000", ["Donation.ReceivedOn"] = closedCampaign.EndsOn.AddDays(10).Iso(),
        });
        Assert.Equal(HttpStatusCode.OK, donation.StatusCode);
        Assert.Contains("已结束", (await donation.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(funds, await factory.QueryAsync(db => db.FundSources.CountAsync(f => f.CampaignId == closedId)));
    }

    [Fact]
    public async Task Fund_sources_and_donations_are_recorded_with_their_balance_and_only_the_organizer_records_them()
    {
        var campaign = await factory.RunningCampaignAsync();
        var campaignId = campaign.Id;
        // Money received in the campaign's second week.
        var receivedOn = campaign.StartsOn.AddDays(7).Iso();
        using var chair = await factory.SignedInAsync(DemoUsers.Chair);
        var details = await chair.GetHtmlAsync($"/Campaigns/Details/{campaignId}");
        var raised = await factory.QueryAsync(db => db.FundSources.Where(f => f.CampaignId == campaignId).SumAsync(f => f.Amount));
        Assert.Contains(raised.ToString("N2", CultureInfo.GetCultureInfo("zh-CN")), details.Text(".funds-table tfoot"), StringComparison.Ordinal);

        var noDonor = await chair.SubmitAsync(details, new Dictionary<string, string>
        {
            ["Donation.Name"] = "职工爱心捐款", ["Donation.Amount"] = "5000", ["Donation.ReceivedOn"] = receivedOn,
        }, formSelector: "#add-donation form");
        var refused = await noDonor.ReadHtmlAsync();
        Assert.Contains("社会捐赠请填写捐赠方", refused.Text("#add-donation"), StringComparison.Ordinal);
        Assert.NotNull(refused.QuerySelector("#add-donation[open]"));
        Assert.Equal("职工爱心捐款", refused.Value("#Donation_Name"));

        var recorded = await chair.SubmitAsync(refused, new Dictionary<string, string> { ["Donation.Donor"] = "公司全体职工" }, formSelector: "#add-donation form");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var donation = await factory.QueryAsync(db => db.FundSources.SingleAsync(f => f.CampaignId == campaignId && f.Name == "职工爱心捐款"));
        Assert.Equal((FundSourceKind.Donation, "公司全体职工", 5000m), (donation.Kind, donation.Donor, donation.Amount));

        var allocation = await chair.SubmitAsync(await chair.GetHtmlAsync($"/Campaigns/Details/{campaignId}"), new Dictionary<string, string>
        {
            ["Fund.Kind"] = nameof(FundSourceKind.FundInterest), ["Fund.Name"] = "帮扶基金利息", ["Fund.Amount"] = "1234.5", ["Fund.ReceivedOn"] = receivedOn,
        }, formSelector: "#add-fund form");
        Assert.Equal(HttpStatusCode.Redirect, allocation.StatusCode);
        var shown = await chair.GetHtmlAsync($"/Campaigns/Details/{campaignId}");
        Assert.Contains("帮扶基金利息", shown.Text(".funds-table"), StringComparison.Ordinal);
        Assert.Contains("1,234.50", shown.Text(".funds-table"), StringComparison.Ordinal);
        Assert.Contains("已登记资金来源", shown.Text(".alert-success"), StringComparison.Ordinal);

        // A branch works in the company's campaign but does not record its money; an auditor changes nothing.
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var officerView = await officer.GetHtmlAsync($"/Campaigns/Details/{campaignId}");
        Assert.Null(officerView.QuerySelector("#add-fund"));
        Assert.NotNull(officerView.QuerySelector(".funds-table"));
        var fields = new Dictionary<string, string> { ["Fund.Kind"] = "OwnFunds", ["Fund.Name"] = "分工会经费", ["Fund.Amount"] = "100", ["Fund.ReceivedOn"] = receivedOn };
        var branchPost = await officer.PostWithTokenAsync(officerView, $"/Campaigns/Details/{campaignId}?handler=Fund", fields);
        Assert.Contains("主办单位", (await branchPost.ReadHtmlAsync()).Text(".alert-danger"), StringComparison.Ordinal);
        using var auditor = await factory.SignedInAsync(DemoUsers.Auditor);
        var auditorView = await auditor.GetHtmlAsync($"/Campaigns/Details/{campaignId}");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostWithTokenAsync(auditorView, $"/Campaigns/Details/{campaignId}?handler=Fund", fields)).StatusCode);
        Assert.False(await factory.QueryAsync(db => db.FundSources.AnyAsync(f => f.Name == "分工会经费")));
    }

    [Fact]
    public async Task The_list_shows_each_campaign_with_the_users_own_applications_and_the_campaigns_money()
    {
        var campaignId = (await factory.RunningCampaignAsync()).Id;
        var branch = await factory.UnitOfAsync(DemoUsers.Officer);
        var own = await factory.QueryAsync(db => db.Grants.CountAsync(g => g.CampaignId == campaignId && g.OrgUnitId == branch));
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var list = await officer.GetHtmlAsync("/Campaigns");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/Campaigns/Details/{campaignId}']") is not null);
        var link = (IHtmlAnchorElement)row.QuerySelector($"a[href='/Grants?campaignId={campaignId}']")!;
        Assert.Equal(own.ToString("N0", CultureInfo.InvariantCulture), link.TextContent.Trim());
        Assert.Contains("进行中", row.TextContent, StringComparison.Ordinal);
        // Officers may organize a campaign of their own unit.
        Assert.NotNull(list.QuerySelector("a[href='/Campaigns/Create']"));
    }
}
