using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Administration.Units;

[Authorize(Policy = Policies.Administer)]
public sealed class EditModel(OrgUnitService units, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public OrgUnitInput Input { get; set; } = new();

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public OrgUnitNode Unit { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Input = ToInput(Unit);
        Conflict.Remember(Input);
        await LoadParentsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        var save = await Conflict.SaveAsync(this, "Unit", Input, input => units.UpdateAsync(id, input, ct), async () => ToInput(await units.GetAsync(id, ct)), DescribeParent);
        Input = save.Input;
        if (save.Saved)
        {
            TempData["Status"] = localizer["Common.Saved"].Value;
            return RedirectToPage("Index");
        }
        await LoadParentsAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostDeactivateAsync(int id, CancellationToken ct) => SetActiveAsync(id, false, ct);

    public Task<IActionResult> OnPostActivateAsync(int id, CancellationToken ct) => SetActiveAsync(id, true, ct);

    private async Task<IActionResult> SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        try
        {
            var result = await units.SetActiveAsync(id, active, Input.Version, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = localizer[active ? "Units.Activated" : "Units.Deactivated", Unit.Name].Value;
                return RedirectToPage("Index");
            }
            ModelState.AddErrors(result.Validation);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", localizer["Common.Conflict"]);
        }
        Input = ToInput(Unit);
        await LoadParentsAsync(ct);
        return Page();
    }

    private static OrgUnitInput ToInput(OrgUnitNode unit) =>
        new() { Name = unit.Name, Code = unit.Code, Kind = unit.Kind, ParentId = unit.ParentId, Version = unit.Version };

    private string? DescribeParent(string field, object? value) =>
        field == nameof(OrgUnitInput.ParentId) ? Parents.FirstOrDefault(p => p.Value == value?.ToString())?.Text.Trim() : null;

    private async Task LoadAsync(int id, CancellationToken ct) => Unit = await units.GetAsync(id, ct);

    private async Task LoadParentsAsync(CancellationToken ct) =>
        Parents = (await units.GetChoicesAsync(ct))
            .Where(u => u.Id != Unit.Id)
            .Select(u => new SelectListItem(new string('　', u.Depth) + u.Name, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), u.Id == Input.ParentId))
            .ToList();
}
