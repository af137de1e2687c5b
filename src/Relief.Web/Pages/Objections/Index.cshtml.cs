using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Visits;

namespace Relief.Web.Pages.Objections;

/// <summary>异议处理: the objections still open in a campaign; each blocks its notice from closing and its grant from payment.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(ReliefDbContext db, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    public IReadOnlyList<CampaignChoices.Choice> Campaigns { get; private set; } = [];
    public IReadOnlyList<OpenObjections.Item> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Campaigns, CampaignId) = await VisitChoices.CampaignsAsync(db, user, CampaignId, ct);
        if (CampaignId is { } id) Items = await OpenObjections.LoadAsync(db, user, id, ct);
    }
}
