using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Dashboard;
using Relief.Web.Hosting;

namespace Relief.Web.Pages;

/// <summary>
/// Where everyone lands after signing in: who they are, and a short summary of the current campaign (the newest active
/// one they work in) from the same figures as the dashboard, with the way on to it.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(CampaignChoices choices, OrgUnitService units, ICurrentUser currentUser, CampaignFigures campaignFigures) : PageModel
{
    public string UnitName { get; private set; } = "";
    public IReadOnlyList<string> RoleNames { get; private set; } = [];
    public DashboardFigures? Current { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        UnitName = await units.OwnUnitNameAsync(ct);
        RoleNames = Roles.All.Where(currentUser.IsInRole).ToList();
        var (_, campaignId) = await choices.PickAsync(null, ct);
        if (campaignId is { } id) Current = await campaignFigures.GetAsync(id, ct);
    }
}
