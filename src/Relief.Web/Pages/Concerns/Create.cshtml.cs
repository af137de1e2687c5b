using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Concerns;

/// <summary>记录诉求: for a household (found by name or last four digits first when none is given), during a visit or later.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(
    ConcernService concerns, VisitService visits, IValidator<ConcernInput> validator, IStringLocalizer<VisitsResource> text) : PageModel
{
    [BindProperty]
    public ConcernInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public HouseholdPick? Household { get; private set; }
    public IReadOnlyList<HouseholdPick> Matches { get; private set; } = [];
    public IReadOnlyList<PersonChoice> Owners { get; private set; } = [];

    public async Task OnGetAsync(int? householdId, int? visitId, CancellationToken ct)
    {
        if (householdId is { } id)
        {
            Input = await concerns.NewAsync(id, visitId, ct);
            await LoadAsync(ct);
        }
        else
        {
            Matches = await visits.SearchHouseholdsAsync(Search, null, ct);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        }
        else
        {
            var result = await concerns.CreateAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Concern.Recorded"].Value;
                return Input.VisitId is { } visitId ? RedirectToPage("/Visits/Details", new { id = visitId }) : RedirectToPage("Details", new { id = result.Value });
            }
            ModelState.AddErrors(result.Validation);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Household = (await visits.GetHouseholdsAsync([Input.HouseholdId], ct)) is [var first, ..] ? first : null;
        Owners = await concerns.GetOwnerChoicesAsync(ct);
    }
}
