using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Grants;

/// <summary>
/// 按标准批量生成: choose households by unit, category and level; preview the applications the campaign's standards give
/// them and who is left out and why; untick any; then create them as applications to review (申请).
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class BulkModel(
    BulkApplicationService bulk,
    CampaignService campaigns,
    OrgUnitService units,
    CampaignChoices choices,
    IValidator<BulkApplicationInput> validator,
    IStringLocalizer<GrantsResource> text) : PageModel
{
    [BindProperty]
    public BulkApplicationInput Input { get; set; } = new();

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public IReadOnlyList<CampaignStandardLine> Standards { get; private set; } = [];
    public BulkApplicationResult? Preview { get; private set; }
    /// <summary>Set once the applications are created: what was made and what was left out.</summary>
    public BulkApplicationResult? Created { get; private set; }

    public async Task OnGetAsync(int? campaignId, CancellationToken ct)
    {
        Campaigns = await OpenCampaignsAsync(ct);
        var campaign = Campaigns.FirstOrDefault(c => c.Id == campaignId)
            ?? Campaigns.FirstOrDefault(c => c.Status == CampaignStatus.Active) ?? (Campaigns.Count > 0 ? Campaigns[0] : null);
        Input = new BulkApplicationInput
        {
            CampaignId = campaign?.Id ?? 0,
            Kind = GrantKind.HardshipSubsidy,
            Level = HardshipLevel.Extreme,
            Reason = text["Bulk.DefaultReason", campaign?.Name ?? ""],
        };
        await LoadAsync(ct);
    }

    /// <summary>预览: nothing is saved. Every matching household is offered, ticked.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        Input.HouseholdIds = [];
        if (await ReadableAsync(ct))
        {
            var result = await bulk.PreviewAsync(Input, ct);
            if (result.Succeeded) Preview = result.Value;
            else ModelState.AddErrors(result.Validation);
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>生成: only the ticked households; the service checks every rule again.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ReadableAsync(ct))
        {
            if (Input.HouseholdIds.Count == 0)
            {
                ModelState.AddModelError("", text["Bulk.NoneTicked"]);
                var again = await bulk.PreviewAsync(Input, ct);
                if (again.Succeeded) Preview = again.Value;
            }
            else
            {
                var result = await bulk.ApplyAsync(Input, ct);
                if (result.Succeeded)
                {
                    Created = result.Value;
                }
                else
                {
                    ModelState.AddErrors(result.Validation);
                    var preview = await bulk.PreviewAsync(Input with { HouseholdIds = [] }, ct);
                    if (preview.Succeeded) Preview = preview.Value;
                }
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddItemAsync(string? preset, CancellationToken ct)
    {
        ModelState.Clear();
        Input.HouseholdIds = [];
        GrantForm.AddItem(Input.Items, preset, text);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveItemAsync(int index, CancellationToken ct)
    {
        ModelState.Clear();
        Input.HouseholdIds = [];
        GrantForm.RemoveItem(Input.Items, index);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Reads what the binder could; a typo in a number gets one plain message and the validator's own.</summary>
    private async Task<bool> ReadableAsync(CancellationToken ct)
    {
        GrantForm.ForgiveEmptyNumbers(ModelState);
        GrantForm.DropBlankItems(Input.Items);
        if (!ModelState.HasBindingErrors()) return true;
        ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        return false;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (Campaigns.Count == 0) Campaigns = await OpenCampaignsAsync(ct);
        Units = await units.GetChoicesAsync(ct);
        Standards = Campaigns.Any(c => c.Id == Input.CampaignId)
            ? (await campaigns.GetAsync(Input.CampaignId, ct)).Standards.Where(s => s.Kind == Input.Kind).ToList()
            : [];
    }

    private async Task<IReadOnlyList<CampaignChoice>> OpenCampaignsAsync(CancellationToken ct) =>
        await choices.OpenAsync(ct: ct);
}
