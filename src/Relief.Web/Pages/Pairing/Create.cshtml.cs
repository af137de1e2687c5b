using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
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
    IValidator<PairingInput> validator,
    IStringLocalizer<OutreachResource> text,
    IStringLocalizer<CoreMessages> messages) : PairingFormPage(pairings, visits, units, choices, validator, text, messages)
{
    public async Task OnGetAsync(int? campaignId, int? householdId, CancellationToken ct)
    {
        var (_, current) = await Choices.PickAsync(campaignId, ct);
        Input = await Pairings.NewAsync(current, ct);
        if (householdId is { } id) Input.HouseholdIds = [id];
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        CreateAsync(input => Pairings.CreateAsync(input, ct), Text["Pairing.Created"], ct);
}
