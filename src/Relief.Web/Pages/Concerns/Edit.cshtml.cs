using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Common;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;

namespace Relief.Web.Pages.Concerns;

/// <summary>跟进诉求: take it in hand, reassign, move the due date, or resolve it with what was done. A conflict keeps what was typed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(
    ConcernService concerns,
    IValidator<ConcernUpdateInput> validator,
    IStringLocalizer<VisitsResource> text,
    IStringLocalizer<SharedResource> shared,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    [BindProperty]
    public ConcernUpdateInput Input { get; set; } = new();

    public ConcernDetail Concern { get; private set; } = null!;
    public IReadOnlyList<PersonChoice> Owners { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await concerns.GetForEditAsync(id, ct);
        await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (HouseholdForm.HasBindingErrors(ModelState, text["Form.InvalidValue"]))
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
            await LoadAsync(id, ct);
            return Page();
        }
        try
        {
            var result = await concerns.UpdateAsync(id, Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Concern.Updated", messages.Label(Input.Status)].Value;
                return RedirectToPage("Details", new { id });
            }
            ModelState.AddErrors(result.Validation);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", shared["Common.Conflict"]);
            await LoadAsync(id, ct);
            // The user's input stays; the new version lets them save it over the latest once they have checked.
            Input = Input with { Version = Concern.Version };
            return Page();
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Concern = await concerns.GetAsync(id, ct);
        Owners = await concerns.GetOwnerChoicesAsync(ct);
    }
}
