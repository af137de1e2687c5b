using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Campaigns;
using Relief.Core;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Pairing;

/// <summary>新建结对: a helper (a user, or a named cadre) paired with households for a campaign or a whole year.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(
    PairingService pairings,
    VisitService visits,
    OrgUnitService units,
    CampaignChoices choices,
    ICurrentUser user,
    IValidator<PairingInput> validator,
    IStringLocalizer<OutreachResource> text,
    IStringLocalizer<CoreMessages> messages) : PairingFormPage(pairings, visits, units, choices, user, validator, text, messages)
{
    public async Task OnGetAsync(int? campaignId, int? householdId, CancellationToken ct)
    {
        var (_, current) = await Choices.PickAsync(campaignId, ct);
        Input = await Pairings.NewAsync(current, ct);
        if (householdId is { } id) Input.HouseholdIds = [id];
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await HasBindingErrorsAsync(ct))
        {
            var result = await Pairings.CreateAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = Text["Pairing.Created"].Value;
                return RedirectToPage("Details", new { id = result.Value });
            }
            ModelState.AddErrors(result.Validation);
        }
        await LoadAsync(ct);
        return Page();
    }
}
