using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>
/// 补助申请 on a phone (an officer with a household during a visit: a parcel of rice, cash above the standard, the reason
/// asked for), and the campaign, fund and application pages at a desk, each looked at and checked with axe.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class GrantJourneys(LiveApp app)
{
    private static Task<bool> HasNoHorizontalScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    private static string Yuan(decimal amount) => "¥" + amount.ToString("N2", CultureInfo.GetCultureInfo("zh-CN"));

    [BrowserFact]
    public async Task An_officer_applies_on_a_phone_with_a_parcel_above_the_standard_and_gives_the_reason_asked_for()
    {
        // A household of the officer's branch and a cash kind it has not had in the running campaign.
        var campaign = (await app.RunningCampaignAsync()).Id;
        var choice = await app.QueryAsync(async db =>
        {
            var unitId = await db.Users.Where(u => u.UserName == "officer").Select(u => u.OrgUnitId).SingleAsync();
            var standards = await db.CampaignStandards.Where(s => s.CampaignId == campaign && s.Kind != GrantKind.InKind).ToListAsync();
            var households = await db.Households.Where(h => h.OrgUnitId == unitId && h.Status == HouseholdStatus.Active).OrderByDescending(h => h.Id)
                .Select(h => new { h.Id, Categories = h.Categories.Select(c => c.Category).ToList(), Held = db.Grants.Where(g => g.HouseholdId == h.Id && g.CampaignId == campaign).Select(g => g.Kind).ToList() })
                .ToListAsync();
            return households.SelectMany(h => standards.Where(s => h.Categories.Contains(s.Category) && !h.Held.Contains(s.Kind))
                .Select(s => new { HouseholdId = h.Id, CampaignId = campaign, s.Category, s.Kind, Standard = s.Amount })).First();
        });
        var page = await app.NewPageAsync(360, 740);
        await app.SignInAsync(page, "officer");
        await page.GotoAsync($"{app.BaseUrl}/Grants/Apply?householdId={choice.HouseholdId}&campaignId={choice.CampaignId}");
        Assert.True(await HasNoHorizontalScrollAsync(page), "The application form scrolls sideways at 360 px.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "grant-phone-1-form");

        await page.Locator($"label[for='Input_Kind_{choice.Kind}']").ClickAsync();
        await page.Locator("#Input_Category").SelectOptionAsync(choice.Category.ToString());
        // 大米 by its one-tap button: the server adds the row (no script needed) and keeps what was chosen.
        await page.Locator("#items button[formaction*='preset=Rice']").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("大米", await page.Locator("#Input_Items_0_Name").InputValueAsync());
        Assert.True(await page.Locator($"#Input_Kind_{choice.Kind}").IsCheckedAsync());
        await page.Locator("#Input_Items_0_Quantity").FillAsync("2");
        await page.Locator("#Input_Items_0_UnitValue").FillAsync("65");
        // "按标准" puts the standard, less the goods, as cash; then the officer rounds it up above the standard.
        await page.Locator("#use-standard").ClickAsync();
        Assert.Equal((choice.Standard - 130m).ToString("0.##", CultureInfo.InvariantCulture), await page.Locator("#Input_CashAmount").InputValueAsync());
        await page.Locator("#Input_CashAmount").FillAsync(choice.Standard.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Input_Reason").FillAsync("本人患病住院，家庭收入低于当地最低生活保障标准");
        Assert.Equal(Yuan(choice.Standard + 130m), (await page.Locator("[data-total]").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("#above-standard").IsVisibleAsync());
        Assert.True(await HasNoHorizontalScrollAsync(page), "The filled-in form scrolls sideways at 360 px.");
        await LiveApp.ScreenshotAsync(page, "grant-phone-2-filled");

        await page.Locator("#submit-application").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("请填写超标准理由", await page.Locator(".alert-danger").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "grant-phone-3-reason-asked");

        await page.Locator("#Input_OverrideReason").FillAsync("住院期间医疗费用支出大，经分工会研究提高补助");
        await page.Locator("#submit-application").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/Grants/Details/", page.Url, StringComparison.Ordinal);
        Assert.True(await HasNoHorizontalScrollAsync(page), "The grant's page scrolls sideways at 360 px.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "grant-phone-4-submitted");

        var grantId = int.Parse(page.Url.Split('/')[^1], CultureInfo.InvariantCulture);
        var grant = await app.QueryAsync(db => db.Grants.Include(g => g.Items).SingleAsync(g => g.Id == grantId));
        Assert.Equal((GrantStatus.Applied, choice.Standard + 130m, 1), (grant.Status, grant.TotalAmount, grant.Items.Count));
        Assert.NotNull(grant.OverrideReason);
    }

    [BrowserFact]
    public async Task The_chair_reads_the_campaign_its_money_and_the_applications_at_a_desk()
    {
        var campaignId = (await app.RunningCampaignAsync()).Id;
        var flagged = await app.QueryAsync(db => db.Grants.Where(g => g.CampaignId == campaignId && g.DuplicateElsewhere != null).Select(g => g.Id).FirstAsync());
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "chair");

        foreach (var (path, name) in new[]
        {
            ("/Campaigns", "campaigns-1-list"),
            ($"/Campaigns/Details/{campaignId}", "campaigns-2-details"),
            ($"/Campaigns/Edit/{campaignId}", "campaigns-3-edit"),
            ($"/Grants?campaignId={campaignId}", "grants-1-list"),
            ($"/Grants/Details/{flagged}", "grants-2-details"),
        })
        {
            var response = await page.GotoAsync(app.BaseUrl + path);
            Assert.True(response?.Ok, $"{path} answered {response?.Status}");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await LiveApp.ScreenshotAsync(page, name);
        }

        await page.GotoAsync($"{app.BaseUrl}/Grants/Bulk?campaignId={campaignId}");
        await page.Locator("#bulk-preview").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await page.Locator("#bulk-preview-result").IsVisibleAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "grants-3-bulk-preview");
    }
}
