using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;
using Relief.Core.Tests.Households;
using Relief.Tests.Databases;

namespace Relief.Core.Tests.Visits;

/// <summary>
/// A database of its own (<see cref="EngineDatabase"/>) through the real migrations and the real <c>AddReliefCore</c> (the real disbursement service pays
/// grants handed over during a visit). The tree: 市总工会 → 甲公司工会 → 甲一分工会, and 乙分工会 beside the company; a user in each
/// branch and a chair at the company; an active campaign of the company from 2024-12-15 to 2025-02-10; "today" is 2025-01-10.
/// </summary>
public sealed class VisitsDatabase : IAsyncDisposable
{
    public static readonly DateOnly Today = RegistryDatabase.Today;
    public static readonly DateOnly CampaignStarts = new(2024, 12, 15);
    public static readonly DateOnly CampaignEnds = new(2025, 2, 10);

    private readonly ServiceProvider _services;
    private readonly EngineDatabase _database;
    private readonly SwitchableUser _user;
    private int _idSequence;

    private VisitsDatabase(EngineDatabase database, ServiceProvider services, SwitchableUser user)
    {
        _database = database;
        _services = services;
        _user = user;
    }

    public OrgUnit Federation { get; private set; } = null!;
    public OrgUnit Company { get; private set; } = null!;
    public OrgUnit BranchA { get; private set; } = null!;
    public OrgUnit BranchB { get; private set; } = null!;
    public ReliefUser OfficerA { get; private set; } = null!;
    public ReliefUser OfficerB { get; private set; } = null!;
    public ReliefUser ChairUser { get; private set; } = null!;
    public Campaign Campaign { get; private set; } = null!;
    public FundSource Fund { get; private set; } = null!;

    public static async Task<VisitsDatabase> CreateAsync()
    {
        var database = await EngineDatabase.CreateAsync("visits-tests");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Security:IdNumbers:HashKey"] = "visits-tests-hash-key-0123456789abcdef" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        var user = new SwitchableUser();
        services.AddReliefCore(configuration);
        services.AddSingleton<TimeProvider>(new FixedClock(RegistryDatabase.Now));
        services.AddSingleton<ICurrentUser>(user);
        services.AddReliefSaveInterceptors();
        services.AddDbContext<ReliefDbContext>((sp, options) => database.Configure(options).AddReliefSaveInterceptors(sp));
        services.AddDataProtection().UseEphemeralDataProtectionProvider();

        var ready = new VisitsDatabase(database, services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), user);
        await using var scope = ready._services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReliefDbContext>();
        await db.Database.MigrateAsync();
        ready.Federation = await AddUnitAsync(db, "市总工会", OrgUnitKind.Federation, null);
        ready.Company = await AddUnitAsync(db, "甲公司工会", OrgUnitKind.Grassroots, ready.Federation);
        ready.BranchA = await AddUnitAsync(db, "甲一分工会", OrgUnitKind.Branch, ready.Company);
        ready.BranchB = await AddUnitAsync(db, "乙分工会", OrgUnitKind.Branch, ready.Federation);
        ready.OfficerA = AddUser(db, "officer-a", "张干事", "工会干事", ready.BranchA);
        ready.OfficerB = AddUser(db, "officer-b", "李干事", "工会干事", ready.BranchB);
        ready.ChairUser = AddUser(db, "chair", "王主席", "工会主席", ready.Company);
        ready.Campaign = new Campaign
        {
            Name = "2025年元旦春节送温暖活动",
            Year = 2025,
            Season = Season.NewYearSpringFestival,
            StartsOn = CampaignStarts,
            EndsOn = CampaignEnds,
            OrgUnitId = ready.Company.Id,
            Status = CampaignStatus.Active,
        };
        ready.Fund = new FundSource { Name = "上级拨款", Kind = FundSourceKind.Allocation, Amount = 10000m, Committed = 3000m, ReceivedOn = CampaignStarts };
        ready.Campaign.FundSources.Add(ready.Fund);
        db.Campaigns.Add(ready.Campaign);
        await db.SaveChangesAsync();
        ready.ActAs(ready.Officer(ready.BranchA));
        return ready;
    }

    public void ActAs(ICurrentUser user) => _user.Acting = user;

    public ICurrentUser Officer(OrgUnit unit)
    {
        var account = unit.Id == BranchB.Id ? OfficerB : OfficerA;
        return new FixedCurrentUser(account.Id, account.UserName, unit.Id, unit.Path, Roles.Officer);
    }

    public ICurrentUser Chair() => new FixedCurrentUser(ChairUser.Id, ChairUser.UserName, Company.Id, Company.Path, Roles.Chair);

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work, string culture = "zh-CN")
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<ReliefDbContext, Task<T>> work) => RunAsync(sp => work(sp.GetRequiredService<ReliefDbContext>()));

    public Task<T> VisitsAsync<T>(Func<VisitService, Task<T>> work) => RunAsync(sp => work(sp.GetRequiredService<VisitService>()));

    public Task<T> ConcernsAsync<T>(Func<ConcernService, Task<T>> work) => RunAsync(sp => work(sp.GetRequiredService<ConcernService>()));

    public Task<T> LettersAsync<T>(Func<LetterService, Task<T>> work) => RunAsync(sp => work(sp.GetRequiredService<LetterService>()));

    /// <summary>A household file written straight to the database (the registry's own rules are tested elsewhere).</summary>
    public Task<int> AddHouseholdAsync(OrgUnit unit, string name, bool remote = false, HardshipLevel level = HardshipLevel.General,
        HouseholdStatus status = HouseholdStatus.Active) => RunAsync(async sp =>
    {
        var db = sp.GetRequiredService<ReliefDbContext>();
        var ids = sp.GetRequiredService<IdNumberProtector>();
        var household = TestSupport.TestData.NewHousehold(ids, unit.Id, name, Inputs.IdNumber(Interlocked.Increment(ref _idSequence)));
        household.IsRemote = remote;
        household.Level = level;
        household.Status = status;
        db.Households.Add(household);
        await db.SaveChangesAsync();
        return household.Id;
    });

    /// <summary>A grant at the end of the workflow (可发放 unless told otherwise), charged to the fund as committed money.</summary>
    public Task<int> AddPayableGrantAsync(int householdId, decimal amount, GrantKind kind = GrantKind.HolidayCondolence,
        GrantStatus status = GrantStatus.Payable) => RunAsync(async sp =>
    {
        var db = sp.GetRequiredService<ReliefDbContext>();
        var unitId = await db.Households.Where(h => h.Id == householdId).Select(h => h.OrgUnitId).FirstAsync();
        var grant = new Grant
        {
            CampaignId = Campaign.Id,
            HouseholdId = householdId,
            OrgUnitId = unitId,
            Kind = kind,
            Category = HouseholdCategory.HardshipEmployee,
            CashAmount = amount,
            TotalAmount = amount,
            Reason = "节日慰问",
            FundSourceId = Fund.Id,
            Status = status,
            AppliedOn = CampaignStarts.AddDays(3),
        };
        db.Grants.Add(grant);
        await db.SaveChangesAsync();
        return grant.Id;
    });

    public async Task<(int Household, int Grant)> AddPayableHouseholdAsync(string name, decimal amount)
    {
        var household = await AddHouseholdAsync(BranchA, name);
        return (household, await AddPayableGrantAsync(household, amount));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static ReliefUser AddUser(ReliefDbContext db, string userName, string displayName, string title, OrgUnit unit)
    {
        var user = new ReliefUser
        {
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            DisplayName = displayName,
            Title = title,
            OrgUnitId = unit.Id,
            SecurityStamp = Guid.NewGuid().ToString(),
        };
        db.Users.Add(user);
        return user;
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
