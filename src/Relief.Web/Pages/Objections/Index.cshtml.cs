using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Notices;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Objections;

/// <summary>异议处理: the objections still open in a campaign; each blocks its notice from closing and its grant from payment.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(CampaignChoices choices, ObjectionQuery objections) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<OpenObjection> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        if (CampaignId is { } id) Items = await objections.OpenAsync(id, ct);
    }
}
