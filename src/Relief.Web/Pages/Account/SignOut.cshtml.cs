using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Administration;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Account;

[Authorize(Policy = Policies.Read)]
public sealed class SignOutModel(SignInManager<ReliefUser> signInManager) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends this session everywhere, a copy of its cookie included (see SessionCheck).
        if (await signInManager.UserManager.GetUserAsync(User) is { } user) await signInManager.UserManager.UpdateSecurityStampAsync(user);
        await signInManager.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
