using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Visits.Letters;

/// <summary>The letters, one per printed page, and 登记为信函慰问: recorded as one letter contact with these households.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class PrintModel(LetterService letters, VisitService visits, IStringLocalizer<VisitsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int CampaignId { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<int> Ids { get; set; } = [];

    [BindProperty]
    public DateOnly SentOn { get; set; }

    [BindProperty]
    public bool ConfirmOutsideWindow { get; set; }

    public IReadOnlyList<CondolenceLetter> Letters { get; private set; } = [];
    public string? WindowWarning { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        SentOn = visits.Today;
        Letters = await letters.RenderAsync(CampaignId, Ids, SentOn, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await letters.RecordSentAsync(CampaignId, Ids, SentOn, ConfirmOutsideWindow, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = text["Letters.Recorded", Ids.Distinct().Count()].Value;
            return RedirectToPage("/Visits/Details", new { id = result.Value });
        }
        var confirm = result.Validation.Errors.FirstOrDefault(e => e.PropertyName == nameof(VisitInput.ConfirmOutsideWindow));
        if (confirm is not null) WindowWarning = confirm.ErrorMessage;
        else ModelState.AddErrors(result.Validation, prefix: "");
        Letters = await letters.RenderAsync(CampaignId, Ids, SentOn, ct);
        return Page();
    }
}
