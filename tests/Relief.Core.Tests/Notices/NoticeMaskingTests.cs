using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Notices;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Notices;

/// <summary>Masking names on a posted notice never makes two of its lines read the same: staff must be able to tell whom a line is about to object to it.</summary>
public sealed class NoticeMaskingTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        _database.CurrentUser.Acting = new FixedCurrentUser("chair", "陈国华", null, "/", Roles.Chair);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task No_two_lines_of_a_masked_notice_read_the_same_and_alike_names_get_the_ID_numbers_last_four_digits()
    {
        var notices = await _database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().PublicNotices.Where(n => n.MaskNames).Select(n => n.Id).ToListAsync());
        var alikeSomewhere = false;
        foreach (var id in notices)
        {
            var notice = await _database.InScopeAsync(sp => sp.GetRequiredService<NoticeService>().GetAsync(id));
            var lines = notice.Rows.Select(r => (r.Name, r.UnitName, r.Category, r.Kind, r.Amount)).ToList();
            Assert.Equal(lines.Count, lines.Distinct().Count());
            var tails = await _database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().Grants
                .Where(g => notice.Rows.Select(r => r.GrantId).Contains(g.Id)).Select(g => new { g.Id, g.Household!.IdNumberLastFour })
                .ToDictionaryAsync(g => g.Id, g => g.IdNumberLastFour));
            foreach (var row in notice.Rows.Where(r => r.Name.Contains("（尾号", StringComparison.Ordinal)))
            {
                alikeSomewhere = true;
                Assert.EndsWith($"（尾号{tails[row.GrantId]}）", row.Name, StringComparison.Ordinal);
                Assert.Contains("*", row.Name, StringComparison.Ordinal);
            }
        }
        // The demo's second notice lists 蓝军 and 蓝淼 of one unit with one amount: both would read 蓝*.
        Assert.True(alikeSomewhere);
    }

    [Fact]
    public void Names_masked_alike_in_different_units_stay_as_they_are()
    {
        NoticeRow[] rows =
        [
            new(1, "蓝军", "丽水供电分工会", Features.Households.HouseholdCategory.HardshipEmployee, Features.Grants.GrantKind.HardshipSubsidy, 1000m),
            new(2, "蓝淼", "松阳供电分工会", Features.Households.HouseholdCategory.HardshipEmployee, Features.Grants.GrantKind.HardshipSubsidy, 1000m),
        ];
        var masked = NameMask.MaskAll(rows, new Dictionary<int, string> { [1] = "1234", [2] = "5678" }, tail => $"（尾号{tail}）");
        Assert.Equal(["蓝*", "蓝*"], masked.Select(r => r.Name));
    }
}
