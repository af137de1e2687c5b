using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>
/// 帮扶热线 and 捐赠物资 in a browser: an officer records a call on a 360×740 phone while on the line; a chair reads the
/// call log on a desktop, turns a call into a concern, and looks at the donated goods and hands some out.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class HotlineJourneys(LiveApp app)
{
    private static Task<bool> HasNoHorizontalScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    [BrowserFact]
    public async Task An_officer_records_a_call_on_a_phone_with_the_caller_found_by_name()
    {
        var household = await app.QueryAsync(async db =>
        {
            var unit = await db.Users.Where(u => u.UserName == "officer").Select(u => u.OrgUnitId).SingleAsync();
            return await db.Households.Where(h => h.OrgUnitId == unit && h.Status == HouseholdStatus.Active).OrderBy(h => h.Id).Select(h => h.Name).FirstAsync();
        });
        var page = await app.NewPageAsync(360, 740);
        await app.SignInAsync(page, "officer");

        await page.GotoAsync($"{app.BaseUrl}/Hotline/Create");
        Assert.True(await HasNoHorizontalScrollAsync(page), "The call form scrolls sideways at 360 px.");
        await LiveApp.ScreenshotAsync(page, "hotline-phone-1-blank-form");
        await page.Locator("#HouseholdSearch").FillAsync(household);
        await page.Locator("#household-search-button").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator(".found-row input[name='Input.HouseholdId']").First.CheckAsync();
        await page.Locator("label[for='Input_Category_Medical']").ClickAsync();
        await page.Locator("#Input_Question").FillAsync("配偶住院做手术，询问大病救助怎么申请、要准备哪些材料。");
        await page.Locator("label[for='Input_Outcome_FollowUp']").ClickAsync();
        await page.Locator("#Input_OutcomeNote").FillAsync("已告知先准备住院费用清单，明天回电。");
        Assert.True(await HasNoHorizontalScrollAsync(page), "The call form scrolls sideways at 360 px once filled in.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "hotline-phone-2-filled-form");

        await page.Locator(".save-bar button.btn-primary").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/Hotline/Details/", page.Url, StringComparison.Ordinal);
        Assert.Contains(household, await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await HasNoHorizontalScrollAsync(page), "The call details scroll sideways at 360 px.");
        await LiveApp.ScreenshotAsync(page, "hotline-phone-3-details");

        await page.GotoAsync($"{app.BaseUrl}/Hotline");
        Assert.True(await HasNoHorizontalScrollAsync(page), "The call log scrolls sideways at 360 px.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "hotline-phone-4-log");
    }

    [BrowserFact]
    public async Task A_chair_reads_the_call_log_turns_a_call_into_a_concern_and_hands_out_donated_goods()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "chair");

        await page.GotoAsync($"{app.BaseUrl}/Hotline");
        Assert.True(await page.Locator(".call-table tbody tr").CountAsync() >= 20);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "hotline-desktop-1-log");

        var running = (await app.RunningCampaignAsync()).Id;
        var callId = await app.QueryAsync(db => db.HotlineCalls.Where(c => c.HouseholdId != null && c.ConcernId == null && c.GrantId == null && c.CampaignId == running)
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        await page.GotoAsync($"{app.BaseUrl}/Hotline/Details/{callId}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "hotline-desktop-2-details");
        await page.Locator($"a[href='/Hotline/ToConcern/{callId}']").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "hotline-desktop-3-to-concern");
        await page.Locator(".save-bar button.btn-primary").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/Concerns/Details/", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator($"a[href='/Hotline/Details/{callId}']").CountAsync());
        await LiveApp.ScreenshotAsync(page, "hotline-desktop-4-concern-from-call");

        await page.GotoAsync($"{app.BaseUrl}/Hotline/ToApplication/{callId}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "hotline-desktop-5-to-application");
        await page.GotoAsync($"{app.BaseUrl}/Hotline/Settings");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "hotline-desktop-6-settings");

        await page.GotoAsync($"{app.BaseUrl}/Goods");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "goods-desktop-1-balance");
        await page.GotoAsync($"{app.BaseUrl}/Goods/Receipts");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "goods-desktop-2-receipts");
        await page.GotoAsync($"{app.BaseUrl}/Goods/Receive");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "goods-desktop-3-receive");
        var stock = await app.QueryAsync(db => db.GoodsStocks.Where(s => s.ItemName == "米" && s.CampaignId == running).Select(s => s.Id).FirstAsync());
        await page.GotoAsync($"{app.BaseUrl}/Goods/HandOut?stockId={stock}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "goods-desktop-4-handout");
        await page.GotoAsync($"{app.BaseUrl}/Goods/Handouts");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "goods-desktop-5-handouts");

        var phone = await app.NewPageAsync(360, 740);
        await app.SignInAsync(phone, "chair");
        await phone.GotoAsync($"{app.BaseUrl}/Goods/HandOut?stockId={stock}");
        Assert.True(await HasNoHorizontalScrollAsync(phone), "The hand-out form scrolls sideways at 360 px.");
        await LiveApp.ScreenshotAsync(phone, "goods-phone-1-handout");
    }
}
