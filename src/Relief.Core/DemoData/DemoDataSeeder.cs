using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Attachments;
using Relief.Core.Features.Households;

namespace Relief.Core.DemoData;

/// <summary>
/// Fills an empty database with the demo union, its files and two seasons of relief work, and creates one
/// account per role. Deterministic (fixed seed, fixed dates) so screenshots and tests see the same data;
/// all or nothing (one transaction); and it does nothing once any union exists.
/// Resolve it from a system scope (<see cref="SystemScopes.CreateSystemScope"/>), so the audit
/// log names the seeder.
/// </summary>
public sealed class DemoDataSeeder(
    ReliefDbContext db, UserManager<ReliefUser> users, RoleManager<IdentityRole> roles, IdNumberProtector ids, TimeProvider clock,
    AuditInterceptor? audit = null, IAttachmentStore? attachments = null)
{
    public const string Password = "Relief#2021demo";
    private const int Seed = 20210101;

    private const string FederationName = "丽水市总工会";
    private const string CompanyName = "浙江丽水电力有限公司工会";
    private const string LishuiBranchName = "丽水供电分工会";
    private const string SongyangBranchName = "松阳供电分工会";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin", Password, Roles.Administrator, CompanyName),
        new("officer", Password, Roles.Officer, LishuiBranchName),
        new("officer2", Password, Roles.Officer, SongyangBranchName),
        new("chair", Password, Roles.Chair, CompanyName),
        new("auditor", Password, Roles.Auditor, CompanyName),
    ];

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (await roles.RoleExistsAsync(role)) continue;
            var result = await roles.CreateAsync(new IdentityRole(role));
            if (!result.Succeeded) throw new InvalidOperationException($"Role {role} could not be created: {Describe(result)}");
        }
    }

    /// <summary>
    /// Seeds an empty database. <paramref name="inThePresent"/>: moves the demo from its story day into the present
    /// (<see cref="DemoTimeShift"/>) for people trying the app; tests leave it on its story day.
    /// </summary>
    public async Task<IReadOnlyList<DemoAccount>> SeedAsync(CancellationToken ct, bool inThePresent = false)
    {
        if (await db.OrgUnits.AnyAsync(ct)) return Accounts;

        await EnsureRolesAsync(roles);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var units = await CreateUnitsAsync(ct);
        var staff = await CreateStaffAsync(units);
        var random = new Random(Seed);

        var households = new DemoHouseholdWriter(ids, random).Create(units, staff);
        db.Households.AddRange(households.Select(h => h.Household));
        await db.SaveChangesAsync(ct);

        var (previous, current) = await new DemoCampaignWriter(db, units).WriteAsync(ct);
        await new DemoSurveyWriter(db, random, units, staff).WriteAsync(households, previous, current, ct);

        var grants = new DemoGrantWriter(db, random, units, staff);
        var visits = new DemoVisitWriter(db, random, units, staff);
        await visits.WritePreviousAsync(previous, households, await grants.WritePreviousAsync(previous, households, ct), ct);
        await visits.WriteCurrentAsync(current, households, await grants.WriteCurrentAsync(current, households, ct), ct);
        await new DemoOutreachWriter(db, units, staff).WriteAsync(previous, current, households, ct);
        await new DemoHotlineWriter(db, units, staff).WriteAsync(previous, current, households, ct);
        await new DemoGoodsWriter(db, units, staff).WriteAsync(previous, current, ct);
        if (attachments is not null) await new DemoAttachmentWriter(db, attachments, units, staff).WriteAsync(current, ct);
        if (inThePresent) await new DemoTimeShift(db, clock, audit).MoveToAsync(DateOrder.Today(clock), ct);

        await transaction.CommitAsync(ct);
        return Accounts;
    }

    private async Task<DemoUnits> CreateUnitsAsync(CancellationToken ct)
    {
        var federation = await CreateUnitAsync(FederationName, "LSZGH", OrgUnitKind.Federation, null, 0, ct);
        var company = await CreateUnitAsync(CompanyName, "LSDL", OrgUnitKind.Grassroots, federation, 0, ct);
        var lishui = await CreateUnitAsync(LishuiBranchName, "LSDL-LS", OrgUnitKind.Branch, company, 1, ct);
        var songyang = await CreateUnitAsync(SongyangBranchName, "LSDL-SY", OrgUnitKind.Branch, company, 2, ct);
        return new DemoUnits(federation, company, lishui, songyang);
    }

    /// <summary>The path holds the unit's own id, known only once saved: save, then set the path and save again.</summary>
    private async Task<OrgUnit> CreateUnitAsync(string name, string code, OrgUnitKind kind, OrgUnit? parent, int sortOrder, CancellationToken ct)
    {
        var unit = new OrgUnit { Name = name, Code = code, Kind = kind, ParentId = parent?.Id, SortOrder = sortOrder };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        unit.Path = OrgUnit.ChildPath(parent?.Path ?? "/", unit.Id);
        await db.SaveChangesAsync(ct);
        return unit;
    }

    private async Task<DemoStaff> CreateStaffAsync(DemoUnits units)
    {
        var unitsByName = new[] { units.Federation, units.Company, units.LishuiBranch, units.SongyangBranch }.ToDictionary(u => u.Name, StringComparer.Ordinal);
        (string DisplayName, string Title)[] people =
        [
            ("郑晓峰", "系统管理员"),
            ("吴丽娟", DemoStaff.OfficerTitle),
            ("叶秀芳", DemoStaff.OfficerTitle),
            ("陈国华", DemoStaff.ChairTitle),
            ("刘敏", "经审委员会主任"),
        ];
        var created = new List<ReliefUser>();
        foreach (var (account, person) in Accounts.Zip(people))
        {
            var user = new ReliefUser
            {
                UserName = account.UserName,
                Email = $"{account.UserName}@relief.example",
                EmailConfirmed = true,
                DisplayName = person.DisplayName,
                Title = person.Title,
                OrgUnitId = unitsByName[account.UnitName].Id,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var result = await users.CreateAsync(user, account.Password);
            if (result.Succeeded) result = await users.AddToRoleAsync(user, account.Role);
            if (!result.Succeeded) throw new InvalidOperationException($"Demo account {account.UserName} could not be created: {Describe(result)}");
            created.Add(user);
        }
        return new DemoStaff(created[0], created[1], created[2], created[3], created[4]);
    }

    private static string Describe(IdentityResult result) => string.Join("; ", result.Errors.Select(e => e.Description));
}
