using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.DemoData;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.Data.Sqlite;

namespace Relief.Core.Tests.TestSupport;

/// <summary>
/// A real SQLite file brought up by the real migrations, with the services the app wires around the DbContext
/// (interceptors, Identity, Data Protection, ID number protection). One per test or class; deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string IdNumberHashKey = "relief-tests-id-number-hash-key-0123456789";

    private readonly ServiceProvider _services;

    private TestDatabase(string path, ServiceProvider services)
    {
        FilePath = path;
        _services = services;
    }

    public string FilePath { get; }
    public string ConnectionString => $"Data Source={FilePath}";
    public TestCurrentUser CurrentUser => _services.GetRequiredService<TestCurrentUser>();

    public static async Task<TestDatabase> CreateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"relief-core-tests-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TestCurrentUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.AddReliefSaveInterceptors();
        services.AddDbContext<ReliefDbContext>((sp, options) => options
            .UseReliefSqlite($"Data Source={path}")
            .AddReliefSaveInterceptors(sp));
        // The web app's password policy, so the demo password is proven to satisfy it.
        services.AddIdentityCore<ReliefUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ReliefDbContext>();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        // The app's own feature services, validators and options, as the web host registers them.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{IdNumberProtectionOptions.Section}:HashKey"] = IdNumberHashKey })
            .Build();
        services.AddReliefCore(configuration);
        services.AddScoped<DemoDataSeeder>();

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var database = new TestDatabase(path, provider);
        await using var scope = database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReliefDbContext>().Database.MigrateAsync();
        return database;
    }

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <summary>Runs one unit of work in its own scope, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = CreateScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        // Pooled connections keep the file open; release only this database's pool, not other tests'.
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        foreach (var file in new[] { FilePath, FilePath + "-wal", FilePath + "-shm", FilePath + "-journal" })
            File.Delete(file);
    }
}
