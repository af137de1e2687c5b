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

/// <summary>新建活动: heading, dates, organizing unit, standards and quotas. A new campaign starts in 筹备中 (Planning).</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(
    CampaignService campaigns,
    OrgUnitService units,
    ICurrentUser user,
    TimeProvider clock,
    IValidator<CampaignInput> validator,
    IStringLocalizer<GrantsResource> text) : PageModel
{
    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public CampaignFormModel Form { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Input = new CampaignInput
        {
            // The New Year and Spring Festival campaign of the coming year is the usual one to plan.
            Year = today.Month >= 10 ? today.Year + 1 : today.Year,
            Season = Season.NewYearSpringFestival,
            OrgUnitId = user.OrgUnitId ?? 0,
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        CampaignFormModel.ForgiveEmptyNumbers(ModelState);
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
            await LoadAsync(ct);
            return Page();
        }
        var result = await campaigns.CreateAsync(Input, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = text["Campaign.Created"].Value;
            return RedirectToPage("Details", new { id = result.Value });
        }
        ModelState.AddErrors(result.Validation);
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAddStandardAsync(CancellationToken ct) => RowsAsync(() => CampaignFormModel.AddStandard(Input), ct);

    public Task<IActionResult> OnPostRemoveStandardAsync(int index, CancellationToken ct) => RowsAsync(() => CampaignFormModel.RemoveAt(Input.Standards, index), ct);

    public Task<IActionResult> OnPostAddQuotaAsync(CancellationToken ct) => RowsAsync(() => CampaignFormModel.AddQuota(Input), ct);

    public Task<IActionResult> OnPostRemoveQuotaAsync(int index, CancellationToken ct) => RowsAsync(() => CampaignFormModel.RemoveAt(Input.Quotas, index), ct);

    private async Task<IActionResult> RowsAsync(Action change, CancellationToken ct)
    {
        ModelState.Clear();
        change();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Form = new CampaignFormModel(Input, await units.GetChoicesAsync(ct), "/Campaigns/Create", null);
}
