using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Campaigns;

public static class CampaignVisibility
{
    /// <summary>
    /// Campaigns a user works in: organized by their unit, a unit above it (a federation's campaign reaches every
    /// branch) or a unit below it.
    /// </summary>
    public static IQueryable<Campaign> VisibleTo(this IQueryable<Campaign> campaigns, ReliefDbContext db, ICurrentUser user)
    {
        var scope = user.ScopePath;
        var ancestors = CampaignWindowQueries.AncestorPaths(scope);
        return campaigns.Where(c => db.OrgUnits.Any(u => u.Id == c.OrgUnitId && (ancestors.Contains(u.Path) || u.Path.StartsWith(scope))));
    }
}
