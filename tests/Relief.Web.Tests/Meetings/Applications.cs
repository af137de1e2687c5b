using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Web.Tests.Households;
using Relief.Web.Tests.Infrastructure;

namespace Relief.Web.Tests.Meetings;

/// <summary>
/// Fresh applications for a test of its own (临时救助 of 1,000 yuan for households in hardship that have none in the
/// running campaign, applied in its first week), so tests sharing the demo database never take each other's waiting
/// applications, and any meeting the test holds inside the campaign may decide them.
/// </summary>
public static class Applications
{
    public const decimal Amount = 1000m;

    public static async Task<List<int>> NewAsync(ReliefWebFactory factory, int count, int? unitId = null)
    {
        var campaign = await factory.RunningCampaignAsync();
        return await factory.QueryAsync(db => AddAsync(db, campaign, count, unitId));
    }

    private static async Task<List<int>> AddAsync(ReliefDbContext db, DemoCampaign campaign, int count, int? unitId)
    {
        var campaignId = campaign.Id;
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
            AppliedOn = campaign.StartsOn.AddDays(5), AppliedBy = "测试", CreatedAt = DateTime.UtcNow,
        }).ToList();
        db.Grants.AddRange(grants);
        await db.SaveChangesAsync();
        return grants.Select(g => g.Id).ToList();
    }
}
