using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Reports;

/// <summary>总结报表: the campaigns in scope, each with its year-end summary to download, and one campaign's printouts.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(YearEndQuery query, YearEndSummaryService summaries) : PageModel
{
    public IReadOnlyList<ReportCampaign> Campaigns { get; private set; } = [];

    /// <summary>The campaign whose printouts are listed below the table; the newest when none is chosen.</summary>
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    public ReportCampaign? Chosen { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Campaigns = await query.CampaignsAsync(ct);
        Chosen = Campaigns.FirstOrDefault(c => c.Id == CampaignId) ?? (Campaigns.Count > 0 ? Campaigns[0] : null);
    }

    /// <summary>The PDF in the reader's language, e.g. 2021年元旦春节送温暖活动总结.pdf.</summary>
    public async Task<IActionResult> OnGetSummaryAsync(int campaignId, CancellationToken ct) =>
        this.Pdf(await summaries.RenderAsync(campaignId, new ReportFormat(CultureInfo.CurrentUICulture), ct));

    /// <summary>The same summary as a Word document in the 公文 layout, e.g. 2021年元旦春节送温暖活动总结.docx.</summary>
    public async Task<IActionResult> OnGetSummaryWordAsync(int campaignId, CancellationToken ct) =>
        this.Word(await summaries.RenderWordAsync(campaignId, new ReportFormat(CultureInfo.CurrentUICulture), ct));

    /// <summary>The appendix tables as one workbook, a sheet per table, e.g. 2021年元旦春节送温暖活动总结附表.xlsx.</summary>
    public async Task<IActionResult> OnGetSummaryExcelAsync(int campaignId, CancellationToken ct) =>
        this.Excel(await summaries.RenderExcelAsync(campaignId, new ReportFormat(CultureInfo.CurrentUICulture), ct));
}
