using Microsoft.Playwright;
using Relief.Core.Common.Spreadsheets;
using Relief.Core.DemoData;
using Relief.Core.Features.Households;
using Relief.E2E.Tests.Infrastructure;

namespace Relief.E2E.Tests.Journeys;

[Collection(LiveAppCollection.Name)]
public sealed class ImportJourneys(LiveApp app)
{
    private const int Rows = 30_000;

    /// <summary>An officer's sheet of <see cref="Rows"/> households, big enough that the import takes a while.</summary>
    private static byte[] Sheet()
    {
        var output = new MemoryStream();
        using (var workbook = new XlsxWorkbookWriter(output))
        using (var sheet = workbook.AddSheet("困难职工档案", [new XlsxColumn("姓名*"), new XlsxColumn("身份证号*", IsText: true), new XlsxColumn("所属工会*"), new XlsxColumn("对象类别*")]))
        {
            for (var i = 0; i < Rows; i++)
            {
                var id = ResidentIdNumber.Compose("331102", new DateOnly(1950, 1, 1).AddDays(i / 500), 100 + (i % 500));
                sheet.WriteRow(DemoCatalog.Surnames[i % DemoCatalog.Surnames.Count] + "导入", id, "丽水供电分工会", i % 4 == 0 ? "困难职工、劳动模范" : "困难职工");
            }
        }
        return output.ToArray();
    }

    [BrowserFact]
    public async Task An_officer_imports_a_large_sheet_and_follows_its_progress_on_desk_and_phone()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "officer");
        await page.GotoAsync(app.BaseUrl + "/Households/Import");
        await page.Locator("#upload").SetInputFilesAsync(new FilePayload
        {
            Name = "职工档案.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = Sheet(),
        });
        await page.Locator("form[action*='handler=Preview'] button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 120_000 });
        Assert.Contains("30,000", await page.Locator("main [role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await LiveApp.ScreenshotAsync(page, "import-preview-desk");

        await page.Locator("form[action*='handler=Import'] button[type=submit]").ClickAsync();
        await page.Locator("#import-job").WaitForAsync();
        // The bar moves as the page polls, until the rows are being saved.
        await page.WaitForFunctionAsync("() => (document.getElementById('import-job-bar')?.value ?? 100) >= 20 || !document.getElementById('import-job-bar')",
            null, new PageWaitForFunctionOptions { Timeout = 120_000, PollingInterval = 200 });
        var jobUrl = page.Url;
        await LiveApp.ScreenshotAsync(page, "import-progress-desk");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var phone = await app.NewPageAsync(360, 740);
        await app.SignInAsync(phone, "officer");
        await phone.GotoAsync(jobUrl);
        await LiveApp.ScreenshotAsync(phone, "import-progress-phone");

        // The page loads the outcome by itself when the import is done.
        await page.Locator("#import-job [role=status]").WaitForAsync(new LocatorWaitForOptions { Timeout = 180_000 });
        Assert.Contains("已导入 30000 户", (await page.Locator("#import-job [role=status]").InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
        await LiveApp.ScreenshotAsync(page, "import-done-desk");
    }
}
