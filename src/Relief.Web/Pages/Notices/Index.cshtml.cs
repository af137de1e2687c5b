using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Notices;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Notices;

/// <summary>公示: the notices of one campaign, newest first, with their status and open objections.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(NoticeService notices, CampaignChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<NoticeListItem> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        if (CampaignId is { } id) Notices = await notices.ListAsync(id, ct);
    }
}
