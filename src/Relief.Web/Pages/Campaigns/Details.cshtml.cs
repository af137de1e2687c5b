using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Campaigns;

/// <summary>
/// One campaign: heading and status (筹备中 → 进行中 → 已结束, by the chair), standards, quotas against what was approved,
/// and its earmarked money — raised, committed, spent and balance — with new sources and donations recorded here.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(
    CampaignService campaigns,
    FundSourceService funds,
    IAuthorizationService authorization,
    TimeProvider clock,
    IValidator<FundSourceInput> fundValidator,
    IStringLocalizer<SharedResource> shared,
    IStringLocalizer<GrantsResource> text,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    public CampaignDetail Campaign { get; private set; } = null!;
    public bool MayChangeStatus { get; private set; }
    public bool MayApply { get; private set; }

    /// <summary>登记资金来源 (any kind).</summary>
    [BindProperty]
    public FundSourceInput Fund { get; set; } = new();

    /// <summary>登记社会捐赠 (kind fixed, donor required).</summary>
    [BindProperty]
    public FundSourceInput Donation { get; set; } = new();

    /// <summary>Which fund form to show open: the one that was posted with errors.</summary>
    public string? OpenForm { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        ResetFundForms();
    }

    /// <summary>Planning → Active → Closed. Closing is for good, so it must be confirmed.</summary>
    public async Task<IActionResult> OnPostStatusAsync(int id, CampaignStatus to, Guid version, bool confirmClose, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.ChangeCampaignStatus)).Succeeded) return Forbid();
        ModelState.Clear();
        if (to == CampaignStatus.Closed && !confirmClose)
        {
            ModelState.AddModelError("", text["Campaign.ConfirmCloseRequired"]);
        }
        else
        {
            try
            {
                var result = await campaigns.ChangeStatusAsync(id, to, version, ct);
                if (result.Succeeded)
                {
                    TempData["Status"] = text["Campaign.StatusChanged", messages.Label(to)].Value;
                    return RedirectToPage("Details", new { id });
                }
                ModelState.AddErrors(result.Validation, "");
            }
            catch (ConcurrencyConflictException)
            {
                ModelState.AddModelError("", shared["Common.Conflict"]);
            }
        }
        await LoadAsync(id, ct);
        ResetFundForms();
        return Page();
    }

    public Task<IActionResult> OnPostFundAsync(int id, CancellationToken ct) =>
        SaveFundAsync(id, nameof(Fund), Fund, () => funds.AddAsync(id, Fund, ct), ct);

    public Task<IActionResult> OnPostDonationAsync(int id, CancellationToken ct) =>
        SaveFundAsync(id, nameof(Donation), Donation with { Kind = FundSourceKind.Donation }, () => funds.RecordDonationAsync(id, Donation, ct), ct);

    private async Task<IActionResult> SaveFundAsync(int id, string prefix, FundSourceInput input, Func<Task<ServiceResult<int>>> save, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded) return Forbid();
        // Only the posted form's fields count; the other form binds empty.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await fundValidator.ValidateAsync(input, ct), prefix);
        }
        else
        {
            var result = await save();
            if (result.Succeeded)
            {
                TempData["Status"] = text[prefix == nameof(Donation) ? "Fund.DonationRecorded" : "Fund.Recorded", input.Name.Trim(), Display.Money(input.Amount)].Value;
                return Redirect(Url.Page("Details", new { id }) + "#funds");
            }
            ModelState.AddErrors(result.Validation, prefix);
        }
        OpenForm = prefix;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Campaign = await campaigns.GetAsync(id, ct);
        MayChangeStatus = Campaign.NextStatuses.Count > 0 && (await authorization.AuthorizeAsync(User, Policies.ChangeCampaignStatus)).Succeeded;
        MayApply = Campaign.Status != CampaignStatus.Closed && (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
    }

    private void ResetFundForms()
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Fund = new FundSourceInput { Kind = FundSourceKind.Allocation, ReceivedOn = today };
        Donation = new FundSourceInput { Kind = FundSourceKind.Donation, ReceivedOn = today };
    }
}
