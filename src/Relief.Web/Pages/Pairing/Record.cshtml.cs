using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Pairing;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Pairing;

/// <summary>
/// 登记帮扶, made for a phone: which household, when, and what was given — money, goods by weight or count, a job found,
/// or a visit. The fields follow the kind chosen.
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class RecordModel(
    PairingService pairings,
    IValidator<HelpRecordInput> validator,
    IStringLocalizer<OutreachResource> text,
    IStringLocalizer<SharedResource> shared) : PageModel
{
    [BindProperty]
    public HelpRecordInput Input { get; set; } = new();

    public PairingDetail Pairing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? householdId, CancellationToken ct)
    {
        Pairing = await pairings.GetAsync(id, ct);
        if (Pairing.CampaignClosed) return RedirectToPage("Details", new { id });
        Input = await pairings.NewHelpAsync(id, householdId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        }
        else
        {
            try
            {
                var result = await pairings.RecordHelpAsync(id, Input, ct);
                if (result.Succeeded)
                {
                    TempData["Status"] = text["Pairing.HelpRecorded"].Value;
                    return RedirectToPage("Details", new { id });
                }
                ModelState.AddErrors(result.Validation);
            }
            catch (ConcurrencyConflictException)
            {
                ModelState.AddModelError("", shared["Common.Conflict"]);
            }
        }
        Pairing = await pairings.GetAsync(id, ct);
        return Page();
    }
}
