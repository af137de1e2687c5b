using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Dashboard;
using Relief.Web.Hosting;
using Relief.Web.Pages.Visits;

namespace Relief.Web.Pages;

/// <summary>
/// Where everyone lands after signing in: who they are, and a short summary of the current campaign (the newest active
/// one they work in) from the same figures as the dashboard, with the way on to it.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(ReliefDbContext db, ICurrentUser currentUser, CampaignFigures campaignFigures) : PageModel
{
    public string UnitName { get; private set; } = "";
    public IReadOnlyList<string> RoleNames { get; private set; } = [];
    public DashboardFigures? Current { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        UnitName = await db.OrgUnits.Where(u => u.Id == currentUser.OrgUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        RoleNames = Roles.All.Where(currentUser.IsInRole).ToList();
        var (_, campaignId) = await VisitChoices.CampaignsAsync(db, currentUser, null, ct);
        if (campaignId is { } id) Current = await campaignFigures.GetAsync(id, ct);
    }
}
