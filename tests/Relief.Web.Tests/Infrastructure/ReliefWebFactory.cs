using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Relief.Web.Tests.Infrastructure;

/// <summary>
/// The real app over a real SQLite file of its own, migrated and seeded with the demo data at start-up exactly as
/// `dotnet run` does in Development. Each factory gets a fresh folder, so test classes never share state.
/// </summary>
public class ReliefWebFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "relief-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Overrides for a test class, e.g. a different environment or provider.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual string Environment => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataFolder);
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:DataFolder", _dataFolder);
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_dataFolder, "logs", "relief-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // The tests read the demo on its story day (early 2021); the app shows it moved into the present.
        builder.UseSetting("Relief:DemoInThePresent", "false");
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
