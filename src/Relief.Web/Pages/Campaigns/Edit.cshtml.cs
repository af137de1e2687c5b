using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Campaigns;

/// <summary>
/// 编辑活动 (organizing unit and the units above it only). Two people saving the same campaign: the second is told and
/// keeps what they typed. A closed campaign is shown read-only; the service refuses a forged save with the reason.
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(
    CampaignService campaigns,
    OrgUnitService units,
    IValidator<CampaignInput> validator,
    IStringLocalizer<SharedResource> shared) : PageModel
{
    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public CampaignDetail Campaign { get; private set; } = null!;
    public CampaignFormModel Form { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await campaigns.GetForEditAsync(id, ct);
        Conflict.Remember(Input);
        await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        CampaignFormModel.ForgiveEmptyNumbers(ModelState);
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
            await LoadAsync(id, ct);
            return Page();
        }
        var save = await Conflict.SaveAsync(this, "Campaign", Input, input => campaigns.UpdateAsync(id, input, ct), () => campaigns.GetForEditAsync(id, ct));
        Input = save.Input;
        if (save.Saved)
        {
            TempData["Status"] = shared["Common.Saved"].Value;
            return RedirectToPage("Details", new { id });
        }
        await LoadAsync(id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAddStandardAsync(int id, CancellationToken ct) => RowsAsync(id, () => CampaignFormModel.AddStandard(Input), ct);

    public Task<IActionResult> OnPostRemoveStandardAsync(int id, int index, CancellationToken ct) => RowsAsync(id, () => CampaignFormModel.RemoveAt(Input.Standards, index), ct);

    public Task<IActionResult> OnPostAddQuotaAsync(int id, CancellationToken ct) => RowsAsync(id, () => CampaignFormModel.AddQuota(Input), ct);

    public Task<IActionResult> OnPostRemoveQuotaAsync(int id, int index, CancellationToken ct) => RowsAsync(id, () => CampaignFormModel.RemoveAt(Input.Quotas, index), ct);

    private async Task<IActionResult> RowsAsync(int id, Action change, CancellationToken ct)
    {
        ModelState.Clear();
        change();
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Campaign = await campaigns.GetAsync(id, ct);
        Form = new CampaignFormModel(Input, await units.GetChoicesAsync(ct), "/Campaigns/Edit", id);
    }
}
