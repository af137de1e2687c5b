using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Relief.Web.Tests.Infrastructure;

/// <summary>
/// The real app over a real SQLite file of its own, migrated and seeded with the demo data at start-up exactly as
/// `dotnet run` does in Development. Each factory gets a fresh folder, so test classes never share state.
/// The demo stays on its story day (early 2021) unless <c>RELIEF_TEST_DEMO_IN_THE_PRESENT=1</c>, which moves it into the
/// present as the app does for people trying it; the tests read the demo's dates from the records
/// (<see cref="DemoStory"/>), so the whole suite passes both ways.
/// </summary>
public class ReliefWebFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "relief-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Overrides for a test class, e.g. a different environment or provider.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual string Environment => "Development";

    /// <summary>Whether this run moves the demo into the present (<c>RELIEF_TEST_DEMO_IN_THE_PRESENT=1</c>); the story day otherwise.</summary>
    public static bool DemoInThePresent => System.Environment.GetEnvironmentVariable("RELIEF_TEST_DEMO_IN_THE_PRESENT") == "1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataFolder);
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:DataFolder", _dataFolder);
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_dataFolder, "logs", "relief-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Relief:DemoInThePresent", DemoInThePresent ? "true" : "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
