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

/// <summary>编辑档案. Two people editing the same file: the second save is a conflict and keeps what its author typed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(
    HouseholdService households,
    OrgUnitService units,
    IValidator<HouseholdInput> validator,
    IStringLocalizer<SharedResource> shared) : PageModel
{
    [BindProperty]
    public HouseholdInput Input { get; set; } = new();

    public HouseholdFile Household { get; private set; } = null!;
    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public HouseholdFormModel Form { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await households.GetForEditAsync(id, ct);
        Conflict.Remember(Input);
        HouseholdForm.OfferBlankRow(Input);
        await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        HouseholdForm.DropBlankMembers(Input);
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        }
        else
        {
            var save = await Conflict.SaveAsync(this, "Household", Input, input => households.UpdateAsync(id, input, ct), () => households.GetForEditAsync(id, ct), DescribeUnit);
            Input = save.Input;
            if (save.Saved)
            {
                TempData["Status"] = shared["Common.Saved"].Value;
                return RedirectToPage("Details", new { id });
            }
        }
        HouseholdForm.OfferBlankRow(Input);
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddMemberAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        HouseholdForm.AddRow(Input);
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(int id, int index, CancellationToken ct)
    {
        ModelState.Clear();
        HouseholdForm.RemoveRow(Input, index);
        await LoadAsync(id, ct);
        return Page();
    }

    private string? DescribeUnit(string field, object? value) =>
        field == nameof(HouseholdInput.OrgUnitId) ? Form.Units.FirstOrDefault(u => Equals(u.Id, value)).Name : null;

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Household = await households.GetFileAsync(id, ct);
        Form = new HouseholdFormModel(Input, await units.GetChoicesAsync(ct), await households.GetRegionsAsync(ct), id, Household.IdNumberMasked);
    }
}
