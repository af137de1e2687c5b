using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Administration;

namespace Relief.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(
    SignInManager<ReliefUser> signInManager, FirstRunService firstRun, IStringLocalizer<SharedResource> localizer, ILogger<SignInModel> logger)
    : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await firstRun.IsNeededAsync()) return RedirectToPage("/Setup");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var user = await signInManager.UserManager.FindByNameAsync(Input.UserName.Trim());
        if (user is { IsActive: false })
        {
            ModelState.AddModelError("", localizer["SignIn.Deactivated"]);
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} signed in", Input.UserName);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for {UserName}: locked out", Input.UserName);
            ModelState.AddModelError("", localizer["SignIn.LockedOut"]);
            return Page();
        }
        ModelState.AddModelError("", localizer["SignIn.Failed"]);
        return Page();
    }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "SignIn.UserName")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "SignIn.Password")]
        public string Password { get; set; } = "";

        [Display(Name = "SignIn.RememberMe")]
        public bool RememberMe { get; set; }
    }
}
