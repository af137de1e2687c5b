using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Administration;
using Relief.Web.Hosting;

namespace Relief.Web.Pages;

/// <summary>First run: creates the root union and the first administrator. Gone (404) as soon as any user exists.</summary>
[AllowAnonymous]
public sealed class SetupModel(FirstRunService firstRun, SignInManager<ReliefUser> signInManager) : PageModel
{
    [BindProperty]
    public FirstRunInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await firstRun.IsNeededAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await firstRun.IsNeededAsync()) return NotFound();
        var (result, administrator) = await firstRun.CreateAsync(Input);
        if (administrator is null)
        {
            ModelState.AddErrors(result);
            return Page();
        }
        await signInManager.SignInAsync(administrator, isPersistent: false);
        return RedirectToPage("/Index");
    }
}
