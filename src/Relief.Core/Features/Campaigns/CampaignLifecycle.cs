using Microsoft.EntityFrameworkCore;

namespace Relief.Core.Features.Campaigns;

/// <summary>Planning → Active → Closed, one step at a time; a closed campaign never reopens (its figures are reported).</summary>
public static class CampaignLifecycle
{
    public static bool CanMove(CampaignStatus from, CampaignStatus to) =>
        (from, to) is (CampaignStatus.Planning, CampaignStatus.Active) or (CampaignStatus.Active, CampaignStatus.Closed);

    /// <summary>Whether the campaign is closed: its records take no more changes.</summary>
    public static Task<bool> IsClosedAsync(this IQueryable<Campaign> campaigns, int campaignId, CancellationToken ct) =>
        campaigns.AsNoTracking().AnyAsync(c => c.Id == campaignId && c.Status == CampaignStatus.Closed, ct);
}
