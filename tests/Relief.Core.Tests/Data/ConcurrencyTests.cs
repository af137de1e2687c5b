using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Data;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task The_second_of_two_concurrent_edits_fails_and_the_first_survives()
    {
        await using var database = await TestDatabase.CreateAsync();
        var unit = await database.InScopeAsync(sp => TestData.AddUnitAsync(sp.GetRequiredService<ReliefDbContext>()));
        var id = await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var household = TestData.NewHousehold(sp.GetRequiredService<IdNumberProtector>(), unit.Id, "张秀英", TestData.IdNumber(411));
            db.Households.Add(household);
            await db.SaveChangesAsync();
            return household.Id;
        });

        await using (var first = database.CreateScope())
        await using (var second = database.CreateScope())
        {
            var firstDb = first.ServiceProvider.GetRequiredService<ReliefDbContext>();
            var secondDb = second.ServiceProvider.GetRequiredService<ReliefDbContext>();
            var mine = await firstDb.Households.SingleAsync(h => h.Id == id);
            var theirs = await secondDb.Households.SingleAsync(h => h.Id == id);

            mine.Phone = "13511112222";
            await firstDb.SaveChangesAsync();
            theirs.Address = "松阳县西屏街道长松路20号";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
        }

        var saved = await database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().Households.AsNoTracking().SingleAsync(h => h.Id == id));
        Assert.Equal("13511112222", saved.Phone);
        Assert.Equal("丽水市莲都区丽阳街1号", saved.Address);
        var updates = await database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().AuditEntries
            .CountAsync(a => a.Entity == nameof(Household) && a.Action == AuditAction.Update));
        Assert.Equal(1, updates);
    }

    [Fact]
    public async Task Every_save_renews_the_version()
    {
        await using var database = await TestDatabase.CreateAsync();
        var unit = await database.InScopeAsync(sp => TestData.AddUnitAsync(sp.GetRequiredService<ReliefDbContext>()));
        await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var household = TestData.NewHousehold(sp.GetRequiredService<IdNumberProtector>(), unit.Id, "陈美华", TestData.IdNumber(512));
            db.Households.Add(household);
            await db.SaveChangesAsync();
            var inserted = household.Version;
            household.Phone = "13633334444";
            await db.SaveChangesAsync();

            Assert.NotEqual(Guid.Empty, inserted);
            Assert.NotEqual(inserted, household.Version);
            return 0;
        });
    }
}
