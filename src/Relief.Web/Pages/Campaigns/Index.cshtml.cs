using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Campaigns;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Campaigns;

/// <summary>活动与资金: the campaigns the user works in, newest first, with their applications and money.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(CampaignService campaigns) : PageModel
{
    public IReadOnlyList<CampaignListItem> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Campaigns = await campaigns.ListAsync(ct);
}
