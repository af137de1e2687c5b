using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;

namespace Relief.Core.Features.Campaigns;

/// <summary>
/// The campaign selects of every page: the campaigns the user works in (the unit scope filter on campaigns, Data/Scope/UnitScopeFilters), newest first.
/// </summary>
public sealed class CampaignChoices(ReliefDbContext db)
{
    public async Task<IReadOnlyList<CampaignChoice>> ListAsync(CancellationToken ct = default) =>
        await db.Campaigns.AsNoTracking()
            .OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id)
            .Select(c => new CampaignChoice(c.Id, c.Name, c.Status))
            .ToListAsync(ct);

    /// <summary>The campaigns that still take new records; <paramref name="keep"/> stays listed when closed (an edit of an old record).</summary>
    public async Task<IReadOnlyList<CampaignChoice>> OpenAsync(int? keep = null, CancellationToken ct = default) =>
        (await ListAsync(ct)).Where(c => c.Status != CampaignStatus.Closed || c.Id == keep).ToList();

    /// <summary>The campaign a page follows: the one asked for, else the first active one the user works in, else the newest.</summary>
    public async Task<CampaignPick> PickAsync(int? requested, CancellationToken ct = default)
    {
        var campaigns = await ListAsync(ct);
        if (requested is { } id && campaigns.Any(c => c.Id == id)) return new CampaignPick(campaigns, id);
        var current = campaigns.FirstOrDefault(c => c.Status == CampaignStatus.Active) ?? (campaigns.Count > 0 ? campaigns[0] : null);
        return new CampaignPick(campaigns, current?.Id);
    }
}
