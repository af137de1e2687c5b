using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

/// <summary>The printouts as a browser downloads them: the Chinese file names Chromium keeps, the campaign's PDF list on a desk and on a phone.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class PrintoutJourneys(LiveApp app)
{
    private static async Task<string> DownloadAsync(IPage page, ILocator link, string expectedName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal(expectedName, download.SuggestedFilename);
        var path = Path.Combine(LiveApp.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var head = new byte[4];
        await using (var file = File.OpenRead(path)) await file.ReadExactlyAsync(head);
        Assert.Equal("%PDF"u8.ToArray(), head);
        return path;
    }

    [BrowserFact]
    public async Task The_chair_downloads_a_campaign_notice_and_sign_off_sheet_from_the_reports_page()
    {
        var campaign = await app.RunningCampaignAsync();
        // The campaign's first notice (…帮扶对象公示（第一批）), by its title on record.
        var firstNotice = await app.QueryAsync(db => db.PublicNotices.Where(n => n.CampaignId == campaign.Id).OrderBy(n => n.PostedOn).ThenBy(n => n.Id).Select(n => n.Title).FirstAsync());
        Assert.EndsWith("帮扶对象公示（第一批）", firstNotice, StringComparison.Ordinal);
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "chair");
        await page.GotoAsync(app.BaseUrl + "/Reports");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "printouts-1-reports");

        var downloads = page.Locator("#downloads");
        await DownloadAsync(page, downloads.GetByRole(AriaRole.Link, new() { Name = firstNotice }), firstNotice + ".pdf");
        await DownloadAsync(page, downloads.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^丽水供电分工会") }),
            $"{campaign.Name}丽水供电分工会签领表.pdf");

        await page.GotoAsync(app.BaseUrl + "/Notices");
        await page.Locator("main table a[href*='/Notices/Details/']").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await LiveApp.ScreenshotAsync(page, "printouts-2-notice-details");
        await DownloadAsync(page, page.Locator("main a[href*='handler=Pdf']"), await page.Locator("main h1").InnerTextAsync() + ".pdf");
    }

    [BrowserFact]
    public async Task An_officer_on_a_phone_finds_the_printouts_and_downloads_the_letters()
    {
        var campaign = await app.RunningCampaignAsync();
        var page = await app.NewPageAsync(360, 740);
        await app.SignInAsync(page, "officer");
        await page.GotoAsync(app.BaseUrl + "/Reports");
        await LiveApp.ScreenshotAsync(page, "printouts-3-reports-phone");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the reports page scrolls sideways at 360 px");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(app.BaseUrl + "/Disbursements/SignOff");
        await LiveApp.ScreenshotAsync(page, "printouts-4-sign-off-phone");
        await DownloadAsync(page, page.Locator("main a[href*='handler=Pdf']"), $"{campaign.Name}丽水供电分工会签领表.pdf");

        await page.GotoAsync(app.BaseUrl + "/Visits/Letters?includeNear=true");
        await LiveApp.ScreenshotAsync(page, "printouts-5-letters-phone");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the letters page scrolls sideways at 360 px");
        await DownloadAsync(page, page.Locator("main button[value=Pdf]"), $"{campaign.Name}慰问信.pdf");
    }
}
