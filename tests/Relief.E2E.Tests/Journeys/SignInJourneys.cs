using Microsoft.Playwright;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Account;

public sealed class SignInJourneys(LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task A_chair_signs_in_switches_to_English_and_back()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "chair");
        Assert.Equal("工作台", (await page.Locator("main h1").InnerTextAsync()).Trim());
        await LiveApp.ScreenshotAsync(page, "signin-dashboard-zh");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("form.culture-switch button").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("Dashboard", (await page.Locator("main h1").InnerTextAsync()).Trim());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await LiveApp.ScreenshotAsync(page, "signin-dashboard-en");

        await page.Locator("form.culture-switch button").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("工作台", (await page.Locator("main h1").InnerTextAsync()).Trim());
    }

    [BrowserFact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_page_says_so()
    {
        var page = await app.NewPageAsync();
        for (var attempt = 0; attempt < 5; attempt++) await app.SignInAsync(page, "auditor", $"Wrong#pass{attempt}");
        await app.SignInAsync(page, "auditor");
        var alert = await page.Locator("main [role=alert]").InnerTextAsync();
        Assert.Contains("已被锁定", alert, StringComparison.Ordinal);
        await LiveApp.ScreenshotAsync(page, "signin-locked");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [BrowserFact]
    public async Task The_sign_in_page_works_on_a_phone_without_horizontal_scrolling()
    {
        var page = await app.NewPageAsync(360, 740);
        await page.GotoAsync(app.BaseUrl + "/Account/SignIn");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        await LiveApp.ScreenshotAsync(page, "signin-phone");
    }
}
