using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Data;

public sealed class AuditInterceptorTests
{
    private const string Redacted = "***";

    [Fact]
    public async Task Insert_update_and_delete_are_each_audited_with_user_key_and_values()
    {
        await using var database = await TestDatabase.CreateAsync();
        var unit = await database.InScopeAsync(sp => TestData.AddUnitAsync(sp.GetRequiredService<ReliefDbContext>()));
        database.CurrentUser.Acting = new FixedCurrentUser("user-17", "吴丽娟", unit.Id, unit.Path, Roles.Officer);

        var id = await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var household = TestData.NewHousehold(sp.GetRequiredService<IdNumberProtector>(), unit.Id, "李堃", TestData.IdNumber(101));
            db.Households.Add(household);
            await db.SaveChangesAsync();
            household.Phone = "13800000002";
            await db.SaveChangesAsync();
            db.Households.Remove(household);
            await db.SaveChangesAsync();
            return household.Id;
        });

        var entries = await database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Household) && a.EntityKey == id.ToString()).OrderBy(a => a.Id).ToListAsync());

        Assert.Equal([AuditAction.Insert, AuditAction.Update, AuditAction.Delete], entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal("user-17", e.UserId);
            Assert.Equal("吴丽娟", e.UserName);
            Assert.Equal(unit.Id, e.OrgUnitId);
        });

        var (insert, update, delete) = (entries[0], entries[1], entries[2]);
        Assert.Null(insert.OldValues);
        Assert.Equal("李堃", Json(insert.NewValues)["Name"].GetString());
        Assert.Equal("13900000001", Json(update.OldValues)["Phone"].GetString());
        Assert.Equal("13800000002", Json(update.NewValues)["Phone"].GetString());
        Assert.False(Json(update.NewValues).ContainsKey("Name"), "An update records only what changed.");
        Assert.Equal("李堃", Json(delete.OldValues)["Name"].GetString());
        Assert.Null(delete.NewValues);
    }

    [Fact]
    public async Task Id_numbers_and_identity_secrets_never_reach_the_audit_table_in_clear()
    {
        await using var database = await TestDatabase.CreateAsync();
        var unit = await database.InScopeAsync(sp => TestData.AddUnitAsync(sp.GetRequiredService<ReliefDbContext>()));
        var idNumber = TestData.IdNumber(203);

        var secrets = await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var household = TestData.NewHousehold(sp.GetRequiredService<IdNumberProtector>(), unit.Id, "王喆", idNumber);
            db.Households.Add(household);
            await db.SaveChangesAsync();
            household.IdNumberCipher = sp.GetRequiredService<IdNumberProtector>().Protect(idNumber);
            await db.SaveChangesAsync();

            var users = sp.GetRequiredService<UserManager<ReliefUser>>();
            var user = new ReliefUser { UserName = "audit-probe", DisplayName = "审计探针", OrgUnitId = unit.Id };
            Assert.True((await users.CreateAsync(user, "Audit#Probe2021")).Succeeded);
            var firstHash = user.PasswordHash!;
            var firstStamp = user.SecurityStamp!;
            Assert.True((await users.ChangePasswordAsync(user, "Audit#Probe2021", "Audit#Probe2022")).Succeeded);
            return new[] { idNumber, household.IdNumberCipher, household.IdNumberHash, firstHash, firstStamp, user.PasswordHash!, user.SecurityStamp! };
        });

        var audit = await database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().AuditEntries.AsNoTracking().ToListAsync());
        var written = string.Join("\n", audit.Select(a => a.OldValues + a.NewValues));

        Assert.All(secrets, secret => Assert.DoesNotContain(secret, written, StringComparison.Ordinal));
        var householdInsert = audit.Single(a => a.Entity == nameof(Household) && a.Action == AuditAction.Insert);
        Assert.Equal(Redacted, Json(householdInsert.NewValues)["IdNumberCipher"].GetString());
        Assert.Equal(Redacted, Json(householdInsert.NewValues)["IdNumberHash"].GetString());
        var userInsert = audit.Single(a => a.Entity == nameof(ReliefUser) && a.Action == AuditAction.Insert);
        Assert.Equal(Redacted, Json(userInsert.NewValues)["PasswordHash"].GetString());
        Assert.Equal(Redacted, Json(userInsert.NewValues)["SecurityStamp"].GetString());
        Assert.Contains(audit, a => a.Entity == nameof(ReliefUser) && a.Action == AuditAction.Update && Json(a.NewValues).ContainsKey("PasswordHash"));
    }

    [Fact]
    public async Task A_failed_save_writes_no_audit_row_and_releases_its_transaction()
    {
        await using var database = await TestDatabase.CreateAsync();
        var unit = await database.InScopeAsync(sp => TestData.AddUnitAsync(sp.GetRequiredService<ReliefDbContext>()));
        var idNumber = TestData.IdNumber(305);
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            db.Households.Add(TestData.NewHousehold(sp.GetRequiredService<IdNumberProtector>(), unit.Id, "周淼", idNumber));
            return await db.SaveChangesAsync();
        });
        var auditBefore = await CountAuditAsync(database);

        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            // The same person twice breaks the one-file-per-person unique index.
            db.Households.Add(TestData.NewHousehold(sp.GetRequiredService<IdNumberProtector>(), unit.Id, "周淼", idNumber));
            db.OrgUnits.Add(new OrgUnit { Name = "同批次保存的单位", Kind = OrgUnitKind.Branch, Path = "/same-batch/" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Null(db.Database.CurrentTransaction);
            return 0;
        });

        Assert.Equal(auditBefore, await CountAuditAsync(database));
        Assert.False(await database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().OrgUnits.AnyAsync(u => u.Path == "/same-batch/")));
    }

    private static Task<int> CountAuditAsync(TestDatabase database) =>
        database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().AuditEntries.CountAsync());

    private static Dictionary<string, JsonElement> Json(string? values) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(values ?? "{}") ?? [];
}
