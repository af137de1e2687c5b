using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Relief.Core.Features.Pairing;
using Relief.Web.Hosting;
using Relief.Web.Pages.ServiceEvents;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Pairing;

/// <summary>修改结对: helper, period and households. A conflict keeps what was typed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(PairingService pairings, OutreachFormServices form, IValidator<PairingInput> validator)
    : PairingFormPage(pairings, form, validator)
{
    /// <summary>The pairing's id from the route, bound for every handler (the search posts too).</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public Task OnGetAsync(int id, CancellationToken ct) => ShowForEditAsync(Conflict, () => Pairings.GetForEditAsync(id, ct), ct);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        SaveAsync(id, Conflict, "Pairing", input => Pairings.UpdateAsync(id, input, ct), () => Pairings.GetForEditAsync(id, ct), ct);
}
