using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Notices;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Notices;

/// <summary>The notice as it is pinned to the board: A4, large title, the posted columns only, period and how to object.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class PrintModel(NoticeService notices, HotlineService hotline) : PageModel
{
    public NoticeView Notice { get; private set; } = null!;
    /// <summary>The campaign's relief hotline, printed under the terms when there is one.</summary>
    public HotlineLine? Hotline { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Notice = await notices.GetAsync(id, ct);
        Hotline = await hotline.LineAsync(Notice.CampaignId, ct);
    }
}
