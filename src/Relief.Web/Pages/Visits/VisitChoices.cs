using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Web.Pages.Households;

namespace Relief.Web.Pages.Visits;

/// <summary>The campaign the visit pages follow: the one asked for, else the first active one the user works in, else the newest.</summary>
public static class VisitChoices
{
    public static async Task<(IReadOnlyList<CampaignChoices.Choice> Campaigns, int? Current)> CampaignsAsync(
        ReliefDbContext db, ICurrentUser user, int? requested, CancellationToken ct)
    {
        var campaigns = await CampaignChoices.LoadAsync(db, user, ct);
        if (requested is { } id && campaigns.Any(c => c.Id == id)) return (campaigns, id);
        var current = campaigns.FirstOrDefault(c => c.Status == CampaignStatus.Active) ?? (campaigns.Count > 0 ? campaigns[0] : null);
        return (campaigns, current?.Id);
    }
}
