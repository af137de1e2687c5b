using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;

namespace Relief.Web.Pages.Households;

/// <summary>
/// The campaigns a user works in, newest first, for the campaign selects of the household filters, the survey form
/// and the survey drive. Visibility is the unit scope filter on campaigns;
/// a small read until the campaign feature has its own service.
/// </summary>
public static class CampaignChoices
{
    public sealed record Choice(int Id, string Name, CampaignStatus Status);

    public static async Task<IReadOnlyList<Choice>> LoadAsync(ReliefDbContext db, ICurrentUser user, CancellationToken ct)
    {
        return await db.Campaigns.AsNoTracking()
            .OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id)
            .Select(c => new Choice(c.Id, c.Name, c.Status))
            .ToListAsync(ct);
    }
}
