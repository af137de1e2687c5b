using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Grants;

/// <summary>
/// A <see cref="TestDatabase"/> with a small union for the grant workflow: 公司工会 with 甲分工会 and 乙分工会 below it,
/// a few households, an active campaign with standards, and two fund sources (本级经费 20,000; 爱心捐赠 2,500).
/// Dates are relative to the real today, so notices posted "20 days ago" have ended and those posted today have not.
/// </summary>
public sealed class WorkflowDatabase : IAsyncDisposable
{
    public const decimal OwnFundsAmount = 20_000m;
    public const decimal DonationAmount = 2_500m;

    private WorkflowDatabase(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public OrgUnit Company { get; private set; } = null!;
    public OrgUnit BranchA { get; private set; } = null!;
    public OrgUnit BranchB { get; private set; } = null!;
    public int CampaignId { get; private set; }
    public int OwnFundsId { get; private set; }
    public int DonationId { get; private set; }
    public Dictionary<string, int> Households { get; } = [];
    public Dictionary<string, OrgUnit> HouseholdUnits { get; } = [];

    public static DateOnly Today => UnionToday.Date;

    /// <summary>
    /// When the set-up's applications came in and when its meetings sat, well before today: dates follow the work
    /// (applied ≤ decided ≤ noticed ≤ paid), so a grant paid today went through a notice that ended before it.
    /// </summary>
    public static DateOnly ApplicationsOn => Today.AddDays(-50);
    public static DateOnly MeetingsOn => Today.AddDays(-40);

    public static async Task<WorkflowDatabase> CreateAsync()
    {
        var world = new WorkflowDatabase(await TestDatabase.CreateAsync());
        world.ActAs(SystemActor.For("test set-up"));
        await world.WithDbAsync(async db =>
        {
            world.Company = await AddUnitAsync(db, "公司工会", OrgUnitKind.Grassroots, null);
            world.BranchA = await AddUnitAsync(db, "甲分工会", OrgUnitKind.Branch, world.Company);
            world.BranchB = await AddUnitAsync(db, "乙分工会", OrgUnitKind.Branch, world.Company);
            var campaign = new Campaign
            {
                Name = "2026年元旦春节送温暖活动",
                Year = 2026,
                Season = Season.NewYearSpringFestival,
                StartsOn = Today.AddDays(-60),
                EndsOn = Today.AddDays(60),
                OrgUnitId = world.Company.Id,
                Status = CampaignStatus.Active,
                CreatedAt = DateTime.UtcNow,
            };
            campaign.Standards.Add(new CampaignStandard { Category = HouseholdCategory.ExtremeHardshipEmployee, Kind = GrantKind.HardshipSubsidy, Amount = 2000m });
            campaign.Standards.Add(new CampaignStandard { Category = HouseholdCategory.HardshipEmployee, Kind = GrantKind.HardshipSubsidy, Amount = 1000m });
            campaign.Standards.Add(new CampaignStandard { Category = HouseholdCategory.SeriousIllness, Kind = GrantKind.SeriousIllnessAid, Amount = 3000m });
            campaign.Standards.Add(new CampaignStandard { Category = HouseholdCategory.Retiree, Kind = GrantKind.HolidayCondolence, Amount = 500m });
            campaign.Standards.Add(new CampaignStandard { Category = HouseholdCategory.ExtremeHardshipEmployee, Kind = GrantKind.InKind, Amount = 300m });
            var ownFunds = new FundSource { Kind = FundSourceKind.OwnFunds, Name = "公司工会本级经费", Amount = OwnFundsAmount, ReceivedOn = Today.AddDays(-50) };
            var donation = new FundSource { Kind = FundSourceKind.Donation, Name = "爱心企业捐赠", Donor = "绿谷电力设备公司", Amount = DonationAmount, ReceivedOn = Today.AddDays(-40) };
            campaign.FundSources.Add(ownFunds);
            campaign.FundSources.Add(donation);
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            world.CampaignId = campaign.Id;
            world.OwnFundsId = ownFunds.Id;
            world.DonationId = donation.Id;
            return 0;
        });
        await world.AddHouseholdAsync(world.BranchA, "张三明", 1, HardshipLevel.Extreme, HouseholdCategory.ExtremeHardshipEmployee, HouseholdCategory.SeriousIllness);
        await world.AddHouseholdAsync(world.BranchA, "李四", 2, HardshipLevel.General, HouseholdCategory.HardshipEmployee);
        await world.AddHouseholdAsync(world.BranchA, "欧阳小明", 3, HardshipLevel.Extreme, HouseholdCategory.ExtremeHardshipEmployee);
        await world.AddHouseholdAsync(world.BranchB, "王五", 4, HardshipLevel.Extreme, HouseholdCategory.ExtremeHardshipEmployee);
        await world.AddHouseholdAsync(world.BranchB, "赵六", 5, HardshipLevel.None, HouseholdCategory.Retiree);
        return world;
    }

    public static ICurrentUser User(OrgUnit unit, string role) =>
        new FixedCurrentUser($"user-{unit.Id}-{role}", $"{role.ToLowerInvariant()}{unit.Id}", unit.Id, unit.Path, role);

    public ICurrentUser Chair => User(Company, Roles.Chair);
    public ICurrentUser CompanyOfficer => User(Company, Roles.Officer);
    public ICurrentUser Auditor => User(Company, Roles.Auditor);
    public ICurrentUser OfficerA => User(BranchA, Roles.Officer);

    public void ActAs(ICurrentUser user) => Database.CurrentUser.Acting = user;

    /// <summary>One unit of work in its own scope, as one request, in Chinese unless another language is asked for.</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work, string culture = "zh-CN")
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        await using var scope = Database.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> Service<TService, T>(Func<TService, Task<T>> work, string culture = "zh-CN") where TService : notnull =>
        RunAsync(sp => work(sp.GetRequiredService<TService>()), culture);

    public Task<T> WithDbAsync<T>(Func<ReliefDbContext, Task<T>> work) => RunAsync(sp => work(sp.GetRequiredService<ReliefDbContext>()));

    public async Task<int> AddHouseholdAsync(OrgUnit unit, string name, int sequence, HardshipLevel level, params HouseholdCategory[] categories)
    {
        var id = await RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var household = TestData.NewHousehold(sp.GetRequiredService<IdNumberProtector>(), unit.Id, name, TestData.IdNumber(sequence));
            household.Level = level;
            household.Categories.AddRange(categories.Select(c => new HouseholdCategoryAssignment { Category = c }));
            db.Households.Add(household);
            await db.SaveChangesAsync();
            return household.Id;
        });
        Households[name] = id;
        HouseholdUnits[name] = unit;
        return id;
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();

    private static async Task<OrgUnit> AddUnitAsync(ReliefDbContext db, string name, OrgUnitKind kind, OrgUnit? parent)
    {
        var unit = new OrgUnit { Name = name, Kind = kind, ParentId = parent?.Id, Path = $"/pending-{Guid.NewGuid():N}/" };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        unit.Path = OrgUnit.ChildPath(parent?.Path ?? "/", unit.Id);
        await db.SaveChangesAsync();
        return unit;
    }
}
