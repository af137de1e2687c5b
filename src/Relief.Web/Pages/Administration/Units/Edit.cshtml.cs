using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Administration.Units;

[Authorize(Policy = Policies.Administer)]
public sealed class EditModel(OrgUnitService units, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public OrgUnitInput Input { get; set; } = new();

    public OrgUnitNode Unit { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Input = new OrgUnitInput { Name = Unit.Name, Code = Unit.Code, Kind = Unit.Kind, ParentId = Unit.ParentId, Version = Unit.Version };
        await LoadParentsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        try
        {
            var result = await units.UpdateAsync(id, Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = localizer["Common.Saved"].Value;
                return RedirectToPage("Index");
            }
            ModelState.AddErrors(result.Validation);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", localizer["Common.Conflict"]);
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
        Input = new OrgUnitInput { Name = Unit.Name, Code = Unit.Code, Kind = Unit.Kind, ParentId = Unit.ParentId, Version = Unit.Version };
        await LoadParentsAsync(ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct) => Unit = await units.GetAsync(id, ct);

    private async Task LoadParentsAsync(CancellationToken ct) =>
        Parents = (await units.GetChoicesAsync(ct))
            .Where(u => u.Id != Unit.Id)
            .Select(u => new SelectListItem(new string('　', u.Depth) + u.Name, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), u.Id == Input.ParentId))
            .ToList();
}
