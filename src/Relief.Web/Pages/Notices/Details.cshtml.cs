using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Notices;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Notices;

/// <summary>One notice: its rows as posted, its objections and what may be done now (record, handle, close).</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(NoticeService notices, IAuthorizationService authorization, IStringLocalizer<NoticesResource> text) : PageModel
{
    public NoticeView Notice { get; private set; } = null!;

    [BindProperty]
    public Guid Version { get; set; }

    public async Task OnGetAsync(int id, CancellationToken ct) => Notice = await notices.GetAsync(id, ct);

    /// <summary>结束公示: the period is over and no objection is open; its grants become payable.</summary>
    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct)
    {
        // Razor Pages apply one policy per page: reading is open to auditors, closing is not.
        if (!(await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded) return Forbid();
        var result = await notices.CloseAsync(id, Version, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = text["Details.Closed", result.Value].Value;
            return RedirectToPage("Details", new { id });
        }
        ModelState.AddErrors(result.Validation, prefix: "");
        Notice = await notices.GetAsync(id, ct);
        return Page();
    }
}
