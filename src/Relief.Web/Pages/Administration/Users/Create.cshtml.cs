using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Administration.Users;

[Authorize(Policy = Policies.Administer)]
public sealed class CreateModel(UserAdminService users, OrgUnitService units, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await UnitChoices.LoadAsync(units, Input.OrgUnitId, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await users.CreateAsync(Input, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Validation);
            Units = await UnitChoices.LoadAsync(units, Input.OrgUnitId, ct);
            return Page();
        }
        TempData["Status"] = localizer["Users.Created", Input.UserName].Value;
        return RedirectToPage("Index");
    }
}
