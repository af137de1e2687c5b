using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Relief.Core.Features.Pairing;
using Relief.Web.Hosting;
using Relief.Web.Pages.ServiceEvents;

namespace Relief.Web.Pages.Pairing;

/// <summary>新建结对: a helper (a user, or a named cadre) paired with households for a campaign or a whole year.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(PairingService pairings, OutreachFormServices form, IValidator<PairingInput> validator)
    : PairingFormPage(pairings, form, validator)
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
