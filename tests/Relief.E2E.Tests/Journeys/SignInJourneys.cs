using Microsoft.Playwright;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

[Collection(LiveAppCollection.Name)]
public sealed class SignInJourneys(LiveApp app)
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
    public async Task An_administrator_creates_an_officer_who_is_locked_out_after_five_wrong_passwords_and_unlocked()
    {
        var admin = await app.NewPageAsync();
        await app.SignInAsync(admin, "admin");
        await admin.GotoAsync(app.BaseUrl + "/Administration/Users/Create");
        await admin.Locator("#Input_UserName").FillAsync("zhang.wei");
        await admin.Locator("#Input_DisplayName").FillAsync("张伟");
        await admin.Locator("#Input_Title").FillAsync("工会干事");
        await admin.Locator("#Input_Role").SelectOptionAsync("Officer");
        await admin.Locator("#Input_Password").FillAsync("Zhang#wei2026");
        await admin.Locator("main button[type=submit].btn-primary").ClickAsync();
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("zhang.wei", await admin.Locator("main [role=status]").InnerTextAsync(), StringComparison.Ordinal);

        var officer = await app.NewPageAsync();
        for (var attempt = 0; attempt < 5; attempt++) await app.SignInAsync(officer, "zhang.wei", $"Wrong#pass{attempt}");
        await app.SignInAsync(officer, "zhang.wei", "Zhang#wei2026");
        Assert.Contains("已被锁定", await officer.Locator("main [role=alert]").InnerTextAsync(), StringComparison.Ordinal);
        await LiveApp.ScreenshotAsync(officer, "signin-locked");
        await Accessibility.AssertNoSeriousViolationsAsync(officer);

        await admin.GotoAsync(app.BaseUrl + "/Administration/Users?search=zhang.wei");
        await admin.Locator("main tbody a[href*='/Administration/Users/Edit/']").First.ClickAsync();
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await LiveApp.ScreenshotAsync(admin, "signin-unlock");
        await admin.Locator("main button[formaction*='Unlock']").ClickAsync();
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await app.SignInAsync(officer, "zhang.wei", "Zhang#wei2026");
        Assert.Equal("工作台", (await officer.Locator("main h1").InnerTextAsync()).Trim());
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
