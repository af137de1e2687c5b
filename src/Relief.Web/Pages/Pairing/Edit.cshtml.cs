using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Campaigns;
using Relief.Core;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Pairing;

/// <summary>修改结对: helper, period and households. A conflict keeps what was typed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(
    PairingService pairings,
    VisitService visits,
    OrgUnitService units,
    CampaignChoices choices,
    ICurrentUser user,
    IValidator<PairingInput> validator,
    IStringLocalizer<OutreachResource> text,
    IStringLocalizer<SharedResource> shared,
    IStringLocalizer<CoreMessages> messages) : PairingFormPage(pairings, visits, units, choices, user, validator, text, messages)
{
    /// <summary>The pairing's id from the route, bound for every handler (the search posts too).</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public bool Conflicted { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await Pairings.GetForEditAsync(id, ct);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await HasBindingErrorsAsync(ct))
        {
            try
            {
                var result = await Pairings.UpdateAsync(id, Input, ct);
                if (result.Succeeded)
                {
                    TempData["Status"] = shared["Common.Saved"].Value;
                    return RedirectToPage("Details", new { id });
                }
                ModelState.AddErrors(result.Validation);
            }
            catch (ConcurrencyConflictException)
            {
                ModelState.AddModelError("", shared["Common.Conflict"]);
                Conflicted = true;
                Input.Version = (await Pairings.GetForEditAsync(id, ct)).Version;
            }
        }
        await LoadAsync(ct);
        return Page();
    }
}
