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
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Pairing;

/// <summary>修改结对: helper, period and households. A conflict keeps what was typed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(
    PairingService pairings,
    VisitService visits,
    OrgUnitService units,
    CampaignChoices choices,
    IValidator<PairingInput> validator,
    IStringLocalizer<OutreachResource> text,
    IStringLocalizer<SharedResource> shared,
    IStringLocalizer<CoreMessages> messages) : PairingFormPage(pairings, visits, units, choices, validator, text, messages)
{
    /// <summary>The pairing's id from the route, bound for every handler (the search posts too).</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await Pairings.GetForEditAsync(id, ct);
        Conflict.Remember(Input);
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        SaveAsync(id, Conflict, "Pairing", input => Pairings.UpdateAsync(id, input, ct), () => Pairings.GetForEditAsync(id, ct), shared["Common.Saved"], ct);
}
