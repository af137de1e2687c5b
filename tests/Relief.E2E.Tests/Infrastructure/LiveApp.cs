using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;

namespace Relief.E2E.Tests.Infrastructure;

/// <summary>
/// The real app on a real loopback port (Kestrel, not the in-memory test server) with its own SQLite file and the
/// Development demo data, plus one headless Chromium shared by the journeys of a test class.
/// </summary>
public sealed class LiveApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "relief-e2e", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Screenshots of every journey, kept as test artifacts next to the test results.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataFolder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataFolder", _dataFolder);
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_dataFolder, "logs", "relief-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // The journeys read the demo on its story day (early 2021; the app shows it moved into the present), and find its
        // campaign and dates from the records (RunningCampaignAsync), not from the story's calendar.
        builder.UseSetting("Relief:DemoInThePresent", "false");
    }

    public async Task InitializeAsync()
    {
        if (BrowserLocator.ExecutablePath is null)
        {
            if (BrowserLocator.Required) throw new InvalidOperationException("RELIEF_REQUIRE_BROWSER=1 but no Chromium was found (set RELIEF_CHROMIUM).");
            return;
        }
        UseKestrel(0);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserLocator.ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies) with the given viewport, e.g. 360×740 for a phone.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN" });
        return await context.NewPageAsync();
    }

    public async Task SignInAsync(IPage page, string userName, string password = "Relief#2021demo")
    {
        await page.GotoAsync(BaseUrl + "/Account/SignIn");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Reads (or sets up) the live app's database as the system, past every unit scope, for a journey's checks.</summary>
    public async Task<T> QueryAsync<T>(Func<ReliefDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateSystemScope("test: a journey's set-up and checks");
        return await query(scope.ServiceProvider.GetRequiredService<ReliefDbContext>());
    }

    /// <summary>The campaign running in the demo: active, the latest to start.</summary>
    public Task<Campaign> RunningCampaignAsync() =>
        QueryAsync(db => db.Campaigns.AsNoTracking().Where(c => c.Status == CampaignStatus.Active).OrderByDescending(c => c.StartsOn).FirstAsync());

    /// <summary>A date as a date field takes it.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; the folder is under the temp path.
        }
    }
}
