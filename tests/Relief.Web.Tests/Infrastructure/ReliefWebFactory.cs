using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Relief.Web.Tests.Infrastructure;

/// <summary>
/// The real app over a real database of its own (<see cref="WebTestStore"/>: a SQLite file, or a PostgreSQL database
/// in the <c>.PostgreSql</c> test assembly), migrated and seeded with the demo data at start-up exactly as `dotnet run`
/// does in Development. Each factory gets a fresh store unless given one, so test classes never share state.
/// The demo stays on its story day (early 2021) unless <c>RELIEF_TEST_DEMO_IN_THE_PRESENT=1</c>, which moves it into the
/// present as the app does for people trying it; the tests read the demo's dates from the records
/// (<see cref="DemoStory"/>), so the whole suite passes both ways.
/// </summary>
public class ReliefWebFactory : WebApplicationFactory<Program>
{
    private readonly WebTestStore _store;
    private readonly bool _ownsStore;

    public ReliefWebFactory() : this(null)
    {
    }

    /// <summary>A factory over <paramref name="shared"/>'s data (disposed by its owner), or over a fresh store of its own.</summary>
    protected ReliefWebFactory(WebTestStore? shared)
    {
        _store = shared ?? new WebTestStore();
        _ownsStore = shared is null;
    }

    /// <summary>Overrides for a test class, e.g. a different environment or provider.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual string Environment => "Development";

    /// <summary>Whether this run moves the demo into the present (<c>RELIEF_TEST_DEMO_IN_THE_PRESENT=1</c>); the story day otherwise.</summary>
    public static bool DemoInThePresent => System.Environment.GetEnvironmentVariable("RELIEF_TEST_DEMO_IN_THE_PRESENT") == "1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _store.DatabaseSettings()) builder.UseSetting(key, value);
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_store.DataFolder, "logs", "relief-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Relief:DemoInThePresent", DemoInThePresent ? "true" : "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsStore) _store.Dispose();
    }
}
