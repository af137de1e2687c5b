using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Households;

public static class CampaignWindowQueries
{
    /// <summary>
    /// A campaign the user works in: one organized by their unit, a unit above it (a federation's campaign reaches
    /// every branch) or a unit below it, which is the unit scope's rule for campaigns (Data/Scope/UnitScopeFilters).
    /// Anything else is <see cref="NotFoundException"/>.
    /// </summary>
    public static async Task<CampaignWindow> FindVisibleCampaignAsync(this ReliefDbContext db, int campaignId, CancellationToken ct)
    {
        return await db.Campaigns.AsNoTracking()
            .Where(c => c.Id == campaignId)
            .Select(c => new CampaignWindow(c.Id, c.Name, c.StartsOn, c.EndsOn, c.OrgUnit!.Path))
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
    }
}
