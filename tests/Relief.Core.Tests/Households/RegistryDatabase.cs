using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Tests.Databases;

namespace Relief.Core.Tests.Households;

/// <summary>
/// A database of its own (<see cref="EngineDatabase"/>) through the real migrations, with the services wired by the real <c>AddReliefCore</c>
/// (validators, feature services), localization in Chinese, Data Protection and a switchable current user.
/// A tree of units is created: 市总工会 (federation) → 甲公司工会 → 甲一分工会, and 乙分工会 beside it.
/// </summary>
public sealed class RegistryDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 1, 10, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Today = new(2025, 1, 10);

    private readonly ServiceProvider _services;
    private readonly EngineDatabase _database;
    private readonly SwitchableUser _user;

    private RegistryDatabase(EngineDatabase database, ServiceProvider services, SwitchableUser user)
    {
        _database = database;
        _services = services;
        _user = user;
    }

    public OrgUnit Federation { get; private set; } = null!;
    public OrgUnit CompanyA { get; private set; } = null!;
    public OrgUnit BranchA1 { get; private set; } = null!;
    public OrgUnit BranchB { get; private set; } = null!;

    public static async Task<RegistryDatabase> CreateAsync()
    {
        var database = await EngineDatabase.CreateAsync("registry-tests");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Security:IdNumbers:HashKey"] = "registry-tests-hash-key-0123456789abcdef" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddReliefCore(configuration);
        services.AddSingleton<TimeProvider>(new FixedClock(Now));
        var user = new SwitchableUser();
        services.AddSingleton<ICurrentUser>(user);
        services.AddReliefSaveInterceptors();
        services.AddDbContext<ReliefDbContext>((sp, options) => database.Configure(options).AddReliefSaveInterceptors(sp));
        services.AddDataProtection().UseEphemeralDataProtectionProvider();

        var ready = new RegistryDatabase(database, services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), user);
        await using var scope = ready._services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        await db.Database.MigrateAsync();
        ready.Federation = await AddUnitAsync(db, "市总工会", OrgUnitKind.Federation, null);
        ready.CompanyA = await AddUnitAsync(db, "甲公司工会", OrgUnitKind.Grassroots, ready.Federation);
        ready.BranchA1 = await AddUnitAsync(db, "甲一分工会", OrgUnitKind.Branch, ready.CompanyA);
        ready.BranchB = await AddUnitAsync(db, "乙分工会", OrgUnitKind.Branch, ready.Federation);
        return ready;
    }

    /// <summary>Sets who acts from now on, as the signed-in user of a request would be.</summary>
    public void ActAs(ICurrentUser user) => _user.Acting = user;

    public static ICurrentUser Officer(OrgUnit unit) => User(unit, Roles.Officer);

    public static ICurrentUser Chair(OrgUnit unit) => User(unit, Roles.Chair);

    public static ICurrentUser User(OrgUnit unit, string role) =>
        new FixedCurrentUser($"user-{unit.Id}-{role}", $"{role.ToLowerInvariant()}{unit.Id}", unit.Id, unit.Path, role);

    /// <summary>Runs one unit of work in its own scope and DbContext, as one request would, in Chinese unless told otherwise.</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work, string culture = "zh-CN")
    {
        // Set inside this async method, the culture flows into the work and does not leak to other tests.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task RunAsync(Func<IServiceProvider, Task> work, string culture = "zh-CN") => RunAsync(async sp =>
    {
        await work(sp);
        return true;
    }, culture);

    public Task<T> WithDbAsync<T>(Func<ReliefDbContext, Task<T>> work) => RunAsync(sp => work(sp.GetRequiredService<ReliefDbContext>()));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static async Task<OrgUnit> AddUnitAsync(ReliefDbContext db, string name, OrgUnitKind kind, OrgUnit? parent)
    {
        var unit = new OrgUnit { Name = name, Kind = kind, ParentId = parent?.Id, Path = $"/pending-{Guid.NewGuid():N}/" };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        unit.Path = OrgUnit.ChildPath(parent?.Path ?? "/", unit.Id);
        await db.SaveChangesAsync();
        return unit;
    }

    private sealed class SwitchableUser : ICurrentUser
    {
        public ICurrentUser Acting { get; set; } = SystemActor.For("test set-up");
        public string? UserId => Acting.UserId;
        public string? UserName => Acting.UserName;
        public int? OrgUnitId => Acting.OrgUnitId;
        public string ScopePath => Acting.ScopePath;
        public bool IsInRole(string role) => Acting.IsInRole(role);
    }
}
