using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Administration;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Administration.Units;

[Authorize(Policy = Policies.Administer)]
public sealed class CreateModel(OrgUnitService units, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public OrgUnitInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public async Task OnGetAsync(int? parentId, CancellationToken ct)
    {
        Input.ParentId = parentId;
        await LoadParentsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await units.CreateAsync(Input, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Validation);
            await LoadParentsAsync(ct);
            return Page();
        }
        TempData["Status"] = localizer["Units.Created", Input.Name].Value;
        return RedirectToPage("Index");
    }

    private async Task LoadParentsAsync(CancellationToken ct) =>
        Parents = (await units.GetChoicesAsync(ct))
            .Select(u => new SelectListItem(new string('　', u.Depth) + u.Name, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), u.Id == Input.ParentId))
            .ToList();
}
