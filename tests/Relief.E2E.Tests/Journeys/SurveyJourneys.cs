using Microsoft.Playwright;
using Relief.Core.Common;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

[Collection(LiveAppCollection.Name)]
public sealed class SurveyJourneys(LiveApp app)
{
    [BrowserFact]
    public async Task An_officer_surveys_a_household_and_applies_the_survey_to_the_file()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "officer");
        await page.GotoAsync(app.BaseUrl + "/Households");
        await LiveApp.ScreenshotAsync(page, "survey-1-household-list");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("main table tbody tr a[href*='/Households/Details']").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var householdName = (await page.Locator("main h1").InnerTextAsync()).Trim();
        await LiveApp.ScreenshotAsync(page, "survey-2-household-file");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("main a[href*='/Surveys/Create']").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // Yesterday in the union's time zone, as the app counts days (the machine's may be a day behind).
        var yesterday = DateOrder.Today(new UnionClock(() => UnionClock.Resolve(UnionClock.DefaultZone))).AddDays(-1);
        await page.Locator("#Input_SurveyedOn").FillAsync(yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#Input_Surveyors").FillAsync("吴丽娟、叶秀芳");
        await page.Locator("#Input_Findings").FillAsync("入户核实：家庭人均收入低于当地最低生活保障标准。");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await LiveApp.ScreenshotAsync(page, "survey-3-form");
        await page.Locator("main button[type=submit].btn-primary").Last.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/Surveys/Details", page.Url, StringComparison.Ordinal);

        await page.Locator("main form button[type=submit].btn-primary").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await LiveApp.ScreenshotAsync(page, "survey-4-applied");
        Assert.Contains(householdName.Split(' ')[0], await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }
}
