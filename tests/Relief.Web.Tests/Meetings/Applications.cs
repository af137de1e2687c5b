using Microsoft.EntityFrameworkCore;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Meetings;

/// <summary>
/// Fresh applications for a test of its own (临时救助 of 1,000 yuan for households in hardship that have none in the
/// 2021 campaign), so tests sharing the demo database never take each other's waiting applications.
/// </summary>
public static class Applications
{
    public const decimal Amount = 1000m;

    public static Task<List<int>> NewAsync(ReliefWebFactory factory, int count, int? unitId = null) => factory.QueryAsync(async db =>
    {
        var campaignId = await db.Campaigns.Where(c => c.Year == 2021).Select(c => c.Id).FirstAsync();
        var households = await db.Households
            .Where(h => (h.Status == HouseholdStatus.Active || h.Status == HouseholdStatus.Returned) && h.Categories.Any()
                && (unitId == null || h.OrgUnitId == unitId)
                && !db.Grants.Any(g => g.HouseholdId == h.Id && g.CampaignId == campaignId && g.Kind == GrantKind.Emergency))
            .OrderBy(h => h.Id).Take(count)
            .Select(h => new { h.Id, h.OrgUnitId, Category = h.Categories.Select(c => c.Category).First() })
            .ToListAsync();
        Assert.True(households.Count == count, $"Only {households.Count} households left for {count} new applications.");
        var grants = households.Select(h => new Grant
        {
            CampaignId = campaignId, HouseholdId = h.Id, OrgUnitId = h.OrgUnitId, Kind = GrantKind.Emergency, Category = h.Category,
            CashAmount = Amount, TotalAmount = Amount, Reason = "突发困难，申请临时救助", Status = GrantStatus.Applied,
            AppliedOn = new DateOnly(2021, 1, 25), AppliedBy = "测试", CreatedAt = DateTime.UtcNow,
        }).ToList();
        db.Grants.AddRange(grants);
        await db.SaveChangesAsync();
        return grants.Select(g => g.Id).ToList();
    });
}
