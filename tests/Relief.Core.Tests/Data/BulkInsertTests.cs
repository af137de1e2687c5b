using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Data.Scope;
using Relief.Core.Features.Households;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Data;

/// <summary>
/// A bulk-written row reads back as the same row written by SaveChanges, column by column, on this engine (money with its
/// fen, dates, times, enums, nulls, Chinese text); statements split where the engine's limits need; all or none.
/// </summary>
public sealed class BulkInsertTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private int _unit;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _unit = (await _database.InScopeAsync(sp => TestData.AddUnitAsync(sp.GetRequiredService<ReliefDbContext>()))).Id;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_bulk_written_file_reads_back_as_the_same_file_saved_by_EF()
    {
        await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            db.Households.Add(File(sp, 1, "张秀英"));
            await db.SaveChangesAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.InsertAsync([File(sp, 2, "张秀英")]);
            await transaction.CommitAsync();
            return 0;
        });

        var (saved, bulk) = await _database.InScopeAsync(async sp =>
        {
            var files = await sp.GetRequiredService<ReliefDbContext>().Households.AsNoTracking().OutsideUnitScope().OrderBy(h => h.Id).ToListAsync();
            return (files[0], files[1]);
        });
        var entityType = await _database.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ReliefDbContext>().Model.FindEntityType(typeof(Household))!));
        var differing = new[] { nameof(Household.Id), nameof(Household.Version), nameof(Household.IdNumberCipher), nameof(Household.IdNumberHash),
            nameof(Household.IdNumberMasked), nameof(Household.IdNumberLastFour), nameof(Household.BirthDate), nameof(Household.Gender) };
        foreach (var property in entityType.GetProperties().Where(p => !differing.Contains(p.Name)))
            Assert.True(Equals(property.GetGetter().GetClrValue(saved), property.GetGetter().GetClrValue(bulk)), $"{property.Name} differs");
        Assert.Equal(1234.56m, bulk.PerCapitaIncome);
        Assert.Equal(DateTimeKind.Utc, bulk.CreatedAt.Kind);
        Assert.NotEqual(Guid.Empty, bulk.Version);
        Assert.Null(bulk.Workplace);
    }

    [Fact]
    public async Task Rows_beyond_one_statement_are_all_written_with_their_children()
    {
        const int files = 450;
        var written = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            var households = Enumerable.Range(1, files).Select(i => File(sp, i, $"批量{i}")).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.InsertAsync(households);
            var ids = await db.Households.OutsideUnitScope().Select(h => h.Id).OrderBy(id => id).ToListAsync();
            var members = ids.Select(id => new FamilyMember { HouseholdId = id, Name = "家属", Relation = "配偶", BirthYear = 1980 }).ToList();
            await db.InsertAsync(members);
            await transaction.CommitAsync();
            return (Files: ids.Count, Members: await db.FamilyMembers.CountAsync(m => m.BirthYear == 1980));
        });
        Assert.Equal((files, files), written);
    }

    [Fact]
    public async Task Nothing_is_kept_when_the_transaction_is_rolled_back_and_nothing_is_written_without_one()
    {
        await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReliefDbContext>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.InsertAsync([File(sp, 1, "无事务")]));
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.InsertAsync([File(sp, 2, "回滚")]);
            await transaction.RollbackAsync();
            return 0;
        });
        Assert.Equal(0, await _database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().Households.OutsideUnitScope().CountAsync()));
    }

    private Household File(IServiceProvider services, int sequence, string name)
    {
        var household = TestData.NewHousehold(services.GetRequiredService<IdNumberProtector>(), _unit, name, TestData.IdNumber(sequence));
        household.PerCapitaIncome = 1234.56m;
        household.Level = HardshipLevel.Extreme;
        household.IsRemote = true;
        household.FamilySize = 4;
        household.Causes = "因病致困；子女就学";
        return household;
    }
}
