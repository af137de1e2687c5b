using Microsoft.Playwright;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

[Collection(LiveAppCollection.Name)]
public sealed class ReportJourneys(LiveApp app)
{
    [BrowserFact]
    public async Task The_chair_downloads_the_year_end_summary_PDF()
    {
        var campaign = await app.RunningCampaignAsync();
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "chair");
        await page.GotoAsync(app.BaseUrl + "/Reports");
        await LiveApp.ScreenshotAsync(page, "report-1-list");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("main a[href*='handler=Summary']").First.ClickAsync());
        Assert.Equal($"{campaign.Name}总结.pdf", download.SuggestedFilename);
        var path = Path.Combine(LiveApp.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var head = new byte[4];
        await using (var file = File.OpenRead(path)) await file.ReadExactlyAsync(head);
        Assert.Equal("%PDF"u8.ToArray(), head);
        Assert.True(new FileInfo(path).Length > 10_000);

        await page.Locator("main a[href*='/Reports/Narrative/']").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "report-2-narrative");

        // The report's header: not set yet, said so; the chair sets it and the narrative page shows it.
        Assert.Contains("未填写", await page.Locator(".report-header-summary").InnerTextAsync());
        await page.Locator(".report-header-summary a[href*='/Reports/Header/']").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.FillAsync("#Input_Author", "王丽");
        // Written a little over two weeks after the season ended, under the directive issued the year before.
        await page.FillAsync("#Input_WrittenOn", LiveApp.Iso(campaign.EndsOn.AddDays(16)));
        await page.FillAsync("#Input_DirectiveReference", $"集团公司工会({campaign.Year - 1})28号");
        await page.FillAsync("#Input_DirectiveTitle", $"关于在{campaign.Year}年元旦春节期间继续开展“送温暖”活动的通知");
        await LiveApp.ScreenshotAsync(page, "report-3-header");
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/Reports/Narrative/", page.Url);
        Assert.Contains("王丽", await page.Locator(".report-header-summary").InnerTextAsync());
        await LiveApp.ScreenshotAsync(page, "report-4-narrative-with-header");
    }
}
