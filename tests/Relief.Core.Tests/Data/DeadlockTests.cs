using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Households;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Data;

/// <summary>
/// On a server two transactions can lock each other out; PostgreSQL then ends one of them (40P01). The loser's user
/// gets the product's conflict message, never a 500, and its work is rolled back whole. PostgreSQL only: SQLite has
/// one writer at a time and cannot deadlock (ReliefPostgreSqlOnlyTests in the project file).
/// </summary>
public sealed class DeadlockTests
{
    [Fact]
    public async Task Of_two_transactions_that_lock_each_other_out_one_gets_the_conflict_message_and_the_other_saves()
    {
        await using var database = await TestDatabase.CreateAsync();
        var unit = await database.InScopeAsync(sp => TestData.AddUnitAsync(sp.GetRequiredService<ReliefDbContext>()));
        var ids = await database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var protector = sp.GetRequiredService<IdNumberProtector>();
            var pair = new[] { TestData.NewHousehold(protector, unit.Id, "张秀英", TestData.IdNumber(611)), TestData.NewHousehold(protector, unit.Id, "陈美华", TestData.IdNumber(612)) };
            db.Households.AddRange(pair);
            await db.SaveChangesAsync();
            return pair.Select(h => h.Id).ToArray();
        });

        await using var first = database.CreateScope();
        await using var second = database.CreateScope();
        var firstDb = first.ServiceProvider.GetRequiredService<ReliefDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<ReliefDbContext>();
        await using var firstTransaction = await firstDb.Database.BeginTransactionAsync();
        await using var secondTransaction = await secondDb.Database.BeginTransactionAsync();
        // Each holds one row, then reaches for the other's.
        await PhoneAsync(firstDb, ids[0], "13500000001");
        await PhoneAsync(secondDb, ids[1], "13500000002");
        var outcomes = await Task.WhenAll(
            SaveAndCommitAsync(firstDb, firstTransaction, ids[1], "13500000001"),
            SaveAndCommitAsync(secondDb, secondTransaction, ids[0], "13500000002"));

        Assert.Single(outcomes, o => o is null);
        var conflict = Assert.IsType<ConcurrencyConflictException>(Assert.Single(outcomes, o => o is not null));
        Assert.Contains("40P01", conflict.InnerException!.InnerException!.Message, StringComparison.Ordinal);
        var winner = outcomes[0] is null ? "13500000001" : "13500000002";

        var phones = await database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().Households.AsNoTracking()
            .Where(h => ids.Contains(h.Id)).Select(h => h.Phone).ToListAsync());
        Assert.Equal([winner, winner], phones);
    }

    private static async Task PhoneAsync(ReliefDbContext db, int householdId, string phone)
    {
        var household = await db.Households.SingleAsync(h => h.Id == householdId);
        household.Phone = phone;
        await db.SaveChangesOrConflictAsync();
    }

    /// <summary>Null when saved and committed; the conflict otherwise, after rolling back as a service's own transaction does.</summary>
    private static async Task<Exception?> SaveAndCommitAsync(ReliefDbContext db, IDbContextTransaction transaction, int householdId, string phone)
    {
        try
        {
            await PhoneAsync(db, householdId, phone);
            await transaction.CommitAsync();
            return null;
        }
        catch (ConcurrencyConflictException ex)
        {
            await transaction.RollbackAsync();
            return ex;
        }
    }
}
