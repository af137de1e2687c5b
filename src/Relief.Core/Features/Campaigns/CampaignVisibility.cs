using Microsoft.EntityFrameworkCore;
using Relief.Core.Common;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Campaigns;

/// <summary>
/// The one rule for which campaigns a user works in: organized by their unit, a unit above it (a federation's campaign
/// reaches every branch) or a unit below it. Lists, choices and single look-ups all go through <see cref="VisibleTo"/>.
/// </summary>
public static class CampaignVisibility
{
    public static IQueryable<Campaign> VisibleTo(this IQueryable<Campaign> campaigns, ReliefDbContext db, ICurrentUser user)
    {
        var scope = user.ScopePath;
        var ancestors = AncestorPaths(scope);
        return campaigns.Where(c => db.OrgUnits.Any(u => u.Id == c.OrgUnitId && (ancestors.Contains(u.Path) || u.Path.StartsWith(scope))));
    }

    /// <summary>A campaign the user works in, with its window; anything else is <see cref="NotFoundException"/>.</summary>
    public static async Task<CampaignWindow> FindVisibleCampaignAsync(this ReliefDbContext db, ICurrentUser user, int campaignId, CancellationToken ct) =>
        await db.Campaigns.AsNoTracking().VisibleTo(db, user)
            .Where(c => c.Id == campaignId)
            .Select(c => new CampaignWindow(c.Id, c.Name, c.StartsOn, c.EndsOn, c.OrgUnit!.Path))
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();

    /// <summary>"/1/4/9/" → "/", "/1/", "/1/4/", "/1/4/9/".</summary>
    public static List<string> AncestorPaths(string path)
    {
        var paths = new List<string> { "/" };
        for (var i = 1; i < path.Length; i++)
        {
            if (path[i] == '/') paths.Add(path[..(i + 1)]);
        }
        return paths;
    }
}
