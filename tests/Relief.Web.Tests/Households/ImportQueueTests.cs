using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Administration;
using Relief.Core.DemoData;
using Relief.Core.Features.Households;
using Relief.Core.Features.Households.Import;
using Relief.Web.Hosting;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Households;

/// <summary>
/// The import queue with its runner held back, so a confirmed import stays queued while the test looks at it, and
/// then runs when the test says (through the app's own runner).
/// </summary>
public sealed class ImportQueueTests(ImportQueueTests.HeldRunnerFactory factory) : IClassFixture<ImportQueueTests.HeldRunnerFactory>
{
    private const string Branch = "丽水供电分工会";

    public sealed class HeldRunnerFactory : ReliefWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var runner = services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(HouseholdImportRunner));
                services.Remove(runner);
                services.AddSingleton<HouseholdImportRunner>();
            });
        }
    }

    private static byte[] CleanSheet(int first, int count) => ImportPageTests.Sheet([.. Enumerable.Range(first, count).Select(i =>
        ImportPageTests.Row(DemoCatalog.Surnames[i % DemoCatalog.Surnames.Count] + "队列", ResidentIdNumber.Compose("331102", new DateOnly(1970, 1, 1).AddDays(i), 700), Branch, "困难职工"))]);

    [Fact]
    public async Task A_confirmed_import_runs_in_the_background_with_its_progress_and_a_second_one_for_the_unit_is_told_to_wait()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var before = await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync());

        var jobPage = await ConfirmAsync(officer, CleanSheet(0, 30));
        var queued = await officer.GetHtmlAsync(jobPage);
        Assert.Contains("排队", queued.Text("#import-job-status"), StringComparison.Ordinal);
        Assert.NotNull(queued.QuerySelector("#import-job progress.import-progress"));
        var progress = await ImportJobs.ProgressAsync(officer, jobPage);
        Assert.Equal("Queued", progress.GetProperty("status").GetString());
        Assert.False(progress.GetProperty("finished").GetBoolean());
        // Leaving the page and coming back shows the unit's import under way, and the upload form says what it may do meanwhile.
        var back = await officer.GetHtmlAsync("/Households/Import");
        Assert.NotNull(back.QuerySelector("#import-job"));
        Assert.Contains("等它完成后再确认导入", back.Text("#upload-while-importing"), StringComparison.Ordinal);

        // A second import for the same unit, while the first is under way: a clear message, nothing queued.
        var secondPreview = await Preview(officer, CleanSheet(100, 5));
        var refused = await officer.SubmitAsync(secondPreview, new Dictionary<string, string>(), formSelector: "form[action*='handler=Import']");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await refused.ReadHtmlAsync();
        Assert.Contains("本单位已有一个导入正在进行", refusedPage.Text("[role=alert]"), StringComparison.Ordinal);

        // Another unit's officer neither sees the job nor is held up by it.
        using var other = await factory.SignedInAsync(DemoUsers.OtherBranchOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(jobPage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(jobPage.Replace("?job=", "?handler=Progress&job=", StringComparison.Ordinal))).StatusCode);

        await RunQueuedAsync(1);
        var done = await ImportJobs.WaitUntilFinishedAsync(officer, jobPage);
        Assert.Contains("已导入 30 户", done.Text("#import-job [role=status]"), StringComparison.Ordinal);
        Assert.Null(done.QuerySelector("#upload-while-importing"));
        Assert.Equal(before + 30, await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync()));
        var finished = await ImportJobs.ProgressAsync(officer, jobPage);
        Assert.Equal((30, 30, 100), (finished.GetProperty("saved").GetInt32(), finished.GetProperty("checked").GetInt32(), finished.GetProperty("percent").GetInt32()));

        // Now the unit may import again.
        var third = await ConfirmAsync(officer, CleanSheet(100, 5));
        await RunQueuedAsync(1);
        await ImportJobs.WaitUntilFinishedAsync(officer, third);
        Assert.Equal(before + 35, await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync()));
    }

    [Fact]
    public async Task An_import_that_finds_a_person_filed_meanwhile_saves_nothing_and_says_why()
    {
        using var officer = await factory.SignedInAsync(DemoUsers.Officer);
        var jobPage = await ConfirmAsync(officer, CleanSheet(300, 3));
        var before = await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync());

        // Someone files the sheet's second person while the import waits in the queue.
        await using (var scope = factory.Services.CreateSystemScope("test: a person filed while an import waits"))
        {
            var unitId = await scope.ServiceProvider.GetRequiredService<Relief.Core.Data.ReliefDbContext>().OrgUnits
                .Where(u => u.Name == Branch).Select(u => u.Id).SingleAsync();
            var created = await scope.ServiceProvider.GetRequiredService<HouseholdService>().CreateAsync(new HouseholdInput
            {
                OrgUnitId = unitId,
                Name = DemoCatalog.Surnames[301 % DemoCatalog.Surnames.Count] + "队列",
                IdNumber = ResidentIdNumber.Compose("331102", new DateOnly(1970, 1, 1).AddDays(301), 700),
                Categories = [HouseholdCategory.HardshipEmployee],
            });
            Assert.True(created.Succeeded);
        }

        await RunQueuedAsync(1);
        var done = await ImportJobs.WaitUntilFinishedAsync(officer, jobPage);
        Assert.Equal(before + 1, await factory.QueryAsync(db => db.Households.OutsideUnitScope().CountAsync()));
        Assert.Contains("没有导入任何数据", done.Text("#import-job [role=alert]"), StringComparison.Ordinal);
        Assert.Contains(done.QuerySelectorAll("table tbody tr"), r => r.TextContent.Contains("第 3 行", StringComparison.Ordinal));
        var download = done.QuerySelector("a[href*='handler=Problems']")?.GetAttribute("href");
        Assert.NotNull(download);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(download)).StatusCode);
    }

    private async Task RunQueuedAsync(int count)
    {
        var queue = factory.Services.GetRequiredService<HouseholdImportQueue>();
        var runner = factory.Services.GetRequiredService<HouseholdImportRunner>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var jobs = queue.ReadAllAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        for (var i = 0; i < count && await jobs.MoveNextAsync(); i++)
            await runner.RunAsync(jobs.Current, timeout.Token);
    }

    private static async Task<IHtmlDocument> Preview(HttpClient client, byte[] file)
    {
        var (page, _) = await ImportPageTests.UploadWithSizeAsync(client, file);
        Assert.NotNull(page.QuerySelector("form[action*='handler=Import']"));
        return page;
    }

    private static async Task<string> ConfirmAsync(HttpClient client, byte[] file)
    {
        var preview = await Preview(client, file);
        var response = await client.SubmitAsync(preview, new Dictionary<string, string>(), formSelector: "form[action*='handler=Import']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.ToString();
    }
}
