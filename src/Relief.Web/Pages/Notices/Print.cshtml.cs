using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Notices;
using Relief.Core.Reports.Printing;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Notices;

/// <summary>The notice as it is pinned to the board: A4, large title, the posted columns only, period and how to object.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class PrintModel(NoticeService notices, HotlineService hotline, PrintoutService printouts) : PageModel
{
    public NoticeView Notice { get; private set; } = null!;
    /// <summary>The campaign's relief hotline, printed under the terms when there is one.</summary>
    public HotlineLine? Hotline { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Notice = await notices.GetAsync(id, ct);
        Hotline = await hotline.LineAsync(Notice.CampaignId, ct);
    }

    /// <summary>The same notice as an A4 PDF for the board, named after its title (…公示.pdf).</summary>
    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct) =>
        this.Pdf(await printouts.NoticeAsync(id, ReportFormat.Current, ct));
}
