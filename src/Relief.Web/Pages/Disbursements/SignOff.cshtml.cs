using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Reports.Printing;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Disbursements;

/// <summary>签领表: one unit's payable and paid grants, amounts in figures and capitals, a column to sign; printed on A4 landscape.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class SignOffModel(DisbursementService disbursements, OrgUnitService units, PrintoutService printouts, CampaignChoices choices, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OrgUnitId { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public SignOffSheet? Sheet { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        Units = await units.GetChoicesAsync(ct);
        OrgUnitId ??= user.OrgUnitId is { } own && Units.Any(u => u.Id == own) ? own : Units.Count > 0 ? Units[0].Id : null;
        if (CampaignId is { } campaignId && OrgUnitId is { } unitId) Sheet = await disbursements.SignOffSheetAsync(campaignId, unitId, ct);
    }

    /// <summary>The unit's sheet as a PDF (A4 landscape, …签领表.pdf); without a campaign and unit, back to the page to choose them.</summary>
    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        if (CampaignId is not { } campaignId || OrgUnitId is not { } unitId) return RedirectToPage(new { CampaignId, OrgUnitId });
        return this.Pdf(await printouts.SignOffSheetAsync(campaignId, unitId, ReportFormat.Current, ct));
    }
}
