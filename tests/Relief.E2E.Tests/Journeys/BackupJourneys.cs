using Microsoft.Playwright;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>An administrator takes a backup and sees it listed, ready to download, on a desktop and on a 360 px phone.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class BackupJourneys(LiveApp app)
{
    [BrowserFact]
    public async Task An_administrator_backs_up_now_and_sees_the_backup_listed_on_a_phone()
    {
        var page = await app.NewPageAsync(360, 740);
        await app.SignInAsync(page, "admin");
        await page.GotoAsync(app.BaseUrl + "/Administration/Backups");
        await LiveApp.ScreenshotAsync(page, "backups-1-phone-before");

        await page.Locator("main form[action*='handler=Backup'] button").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains("已完成备份", await page.Locator("main [role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("main tbody a[href*='handler=Download']").CountAsync() >= 1);
        // One column on a phone: nothing wider than the screen.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 360 px");
        await LiveApp.ScreenshotAsync(page, "backups-2-phone-after");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var desktop = await app.NewPageAsync();
        await app.SignInAsync(desktop, "admin");
        await desktop.GotoAsync(app.BaseUrl + "/Administration/Backups");
        await LiveApp.ScreenshotAsync(desktop, "backups-3-desktop");
    }
}
