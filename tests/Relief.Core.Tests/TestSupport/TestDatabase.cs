using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Relief.Core.Data;
using Relief.Core.DemoData;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.Tests.Databases;

namespace Relief.Core.Tests.TestSupport;

/// <summary>
/// A real database brought up by the real migrations (a SQLite file, or on PostgreSQL a copy of the migrated
/// template: <see cref="EngineDatabase"/>), with the services the app wires around the DbContext (interceptors,
/// Identity, Data Protection, ID number protection). One per test or class; dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string IdNumberHashKey = "relief-tests-id-number-hash-key-0123456789";

    private static readonly EphemeralDataProtectionProvider ProcessKeys = new();

    private readonly EngineDatabase _database;
    private readonly ServiceProvider _services;

    private TestDatabase(EngineDatabase database, ServiceProvider services)
    {
        _database = database;
        _services = services;
    }

    public string ConnectionString => _database.ConnectionString;
    public TestCurrentUser CurrentUser => _services.GetRequiredService<TestCurrentUser>();

    /// <summary>A new database brought up by the migrations, empty.</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        var database = WithServices(await EngineDatabase.CreateAsync("core-tests"));
        await using var scope = database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReliefDbContext>().Database.MigrateAsync();
        return database;
    }

    /// <summary>
    /// A new database holding the demo data, as <see cref="DemoDataSeeder"/> writes it: a copy of the one seeded once for
    /// this test process (<see cref="SeededDemo"/>), so a test that starts from the demo pays for a copy, not a seeding.
    /// </summary>
    public static async Task<TestDatabase> CreateSeededAsync() =>
        WithServices(await EngineDatabase.CopyOfAsync("core-tests", await SeededDemo.DatabaseAsync()));

    private static TestDatabase WithServices(EngineDatabase engine)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TestCurrentUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.AddReliefSaveInterceptors();
        services.AddDbContext<ReliefDbContext>((sp, options) => engine.Configure(options).AddReliefSaveInterceptors(sp));
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
        // One key ring for the whole test process, so a copied database's protected ID numbers read back.
        services.AddDataProtection();
        services.Replace(ServiceDescriptor.Singleton<IDataProtectionProvider>(ProcessKeys));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        // The app's own feature services, validators and options, as the web host registers them.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{IdNumberProtectionOptions.Section}:HashKey"] = IdNumberHashKey })
            .Build();
        services.AddReliefCore(configuration);
        services.AddScoped<DemoDataSeeder>();

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return new TestDatabase(engine, provider);
    }

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <summary>Runs one unit of work in its own scope, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = CreateScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Ends this test database's services and hands over its database, which stays.</summary>
    internal async Task<EngineDatabase> DetachAsync()
    {
        await _services.DisposeAsync();
        return _database;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
