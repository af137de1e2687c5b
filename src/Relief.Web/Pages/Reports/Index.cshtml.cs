using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Reports;

/// <summary>总结报表: the campaigns in scope, each with its year-end summary to download.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(YearEndQuery query, YearEndSummaryService summaries) : PageModel
{
    public IReadOnlyList<ReportCampaign> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Campaigns = await query.CampaignsAsync(ct);

    /// <summary>The PDF in the reader's language; the file name is Chinese and is sent RFC 5987-encoded.</summary>
    public async Task<IActionResult> OnGetSummaryAsync(int campaignId, CancellationToken ct)
    {
        var printed = await summaries.RenderAsync(campaignId, new ReportFormat(CultureInfo.CurrentUICulture), ct);
        return File(printed.Content, "application/pdf", printed.FileName);
    }
}
