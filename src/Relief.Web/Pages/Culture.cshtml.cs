using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Web.Hosting;

namespace Relief.Web.Pages;

/// <summary>Switches the UI language and remembers it in the culture cookie for a year.</summary>
[AllowAnonymous]
public sealed class CultureModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost(string culture, string? returnUrl)
    {
        var chosen = LocalizationSetup.Supported.FirstOrDefault(c => c.Name == culture) ?? LocalizationSetup.Chinese;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
