using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Administration;
using Relief.Core.Features.BankPayments;
using Relief.Core.Features.Campaigns;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.BankPayments;

/// <summary>银行代发: the campaign's payment batches, and the unit's payable cash grants waiting for the next one.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(
    PaymentBatchService batches,
    OrgUnitService units,
    CampaignChoices choices,
    ICurrentUser user,
    IStringLocalizer<BankPaymentsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OrgUnitId { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public IReadOnlyList<PaymentBatchListItem> Batches { get; private set; } = [];
    public IReadOnlyList<BatchCandidate> Candidates { get; private set; } = [];
    public string? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>生成代发批次: every candidate with an account goes in; the service refuses auditors and closed campaigns.</summary>
    public async Task<IActionResult> OnPostBuildAsync(CancellationToken ct)
    {
        if (CampaignId is not { } campaignId || OrgUnitId is not { } unitId) return RedirectToPage(new { CampaignId, OrgUnitId });
        var result = await batches.BuildAsync(new BuildBatchInput { CampaignId = campaignId, OrgUnitId = unitId }, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = text["Index.Built", result.Value].Value;
            return RedirectToPage("Details", new { id = result.Value });
        }
        Refusal = string.Join(" ", result.Validation.Errors.Select(e => e.ErrorMessage));
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        Units = await units.GetChoicesAsync(ct);
        OrgUnitId ??= user.OrgUnitId is { } own && Units.Any(u => u.Id == own) ? own : Units.Count > 0 ? Units[0].Id : null;
        if (CampaignId is not { } campaignId) return;
        Batches = await batches.ListAsync(campaignId, ct);
        if (OrgUnitId is { } unitId) Candidates = await batches.CandidatesAsync(campaignId, unitId, ct);
    }
}
