using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Notices;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Objections;

/// <summary>登记异议: received during the notice's period, against one listed grant or the notice as a whole; anonymous allowed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(NoticeService notices, ObjectionService objections, IStringLocalizer<NoticesResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int NoticeId { get; set; }

    [BindProperty]
    public ObjectionInput Input { get; set; } = new();

    public NoticeView Notice { get; private set; } = null!;

    public async Task OnGetAsync(int? grantId, CancellationToken ct)
    {
        Notice = await notices.GetAsync(NoticeId, ct);
        var today = notices.Today;
        Input = new ObjectionInput { GrantId = grantId, ReceivedOn = today > Notice.EndsOn ? Notice.EndsOn : today };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await objections.RecordAsync(NoticeId, Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Objection.Recorded"].Value;
                return RedirectToPage("/Notices/Details", null, new { id = NoticeId }, "objections");
            }
            ModelState.AddErrors(result.Validation);
        }
        Notice = await notices.GetAsync(NoticeId, ct);
        return Page();
    }
}
