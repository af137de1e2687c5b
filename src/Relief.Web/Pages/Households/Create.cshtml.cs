using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Households;

/// <summary>新建档案: one file per person; the service refuses an ID number already on file anywhere and names the unit.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(
    HouseholdService households,
    OrgUnitService units,
    ICurrentUser user,
    IValidator<HouseholdInput> validator,
    IStringLocalizer<HouseholdsResource> text) : PageModel
{
    [BindProperty]
    public HouseholdInput Input { get; set; } = new();

    public HouseholdFormModel Form { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.OrgUnitId = user.OrgUnitId ?? 0;
        HouseholdForm.OfferBlankRow(Input);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        HouseholdForm.DropBlankMembers(Input);
        if (ModelState.HasBindingErrors())
        {
            // Show every other problem too, not one round-trip per field; nothing is saved.
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        }
        else
        {
            var result = await households.CreateAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Form.Created", Input.Name.Trim()].Value;
                return RedirectToPage("Details", new { id = result.Value });
            }
            ModelState.AddErrors(result.Validation);
        }
        HouseholdForm.OfferBlankRow(Input);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddMemberAsync(CancellationToken ct)
    {
        ModelState.Clear();
        HouseholdForm.AddRow(Input);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(int index, CancellationToken ct)
    {
        ModelState.Clear();
        HouseholdForm.RemoveRow(Input, index);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Form = new HouseholdFormModel(Input, await units.GetChoicesAsync(ct), await households.GetRegionsAsync(ct), null, null);
}
