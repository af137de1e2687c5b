using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Visits;
using Relief.Core.Reports.Printing;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Visits.Letters;

/// <summary>The letters, one per printed page, and 登记为信函慰问: recorded as one letter contact with these households.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class PrintModel(LetterService letters, VisitService visits, PrintoutService printouts, IStringLocalizer<VisitsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int CampaignId { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<int> Ids { get; set; } = [];

    [BindProperty]
    public DateOnly SentOn { get; set; }

    /// <summary>Why letters dated outside the campaign's period belong to it; asked for only then.</summary>
    [BindProperty]
    public string? OutsideCampaignReason { get; set; }

    public IReadOnlyList<CondolenceLetter> Letters { get; private set; } = [];

    /// <summary>The PDF of exactly these letters, dated as the form is.</summary>
    public string PdfUrl => QueryHelpers.AddQueryString(Url.Page("Print", "Pdf", new { CampaignId })!,
        [.. Ids.Distinct().Select(id => KeyValuePair.Create("ids", (string?)id.ToString(CultureInfo.InvariantCulture))),
         KeyValuePair.Create("sentOn", (string?)SentOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);
    public string? WindowWarning { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        SentOn = visits.Today;
        Letters = await letters.RenderAsync(CampaignId, Ids, SentOn, ct);
    }

    /// <summary>
    /// The letters as one PDF, one letter per page, dated <paramref name="sentOn"/> (today when not given); when none
    /// of the households is in scope, back to the page, which says so.
    /// </summary>
    public async Task<IActionResult> OnGetPdfAsync(DateOnly? sentOn, CancellationToken ct)
    {
        var printed = await printouts.LettersAsync(CampaignId, Ids, sentOn ?? visits.Today, ReportFormat.Current, ct);
        return printed is null ? RedirectToPage(new { CampaignId }) : this.Pdf(printed);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await letters.RecordSentAsync(CampaignId, Ids, SentOn, OutsideCampaignReason, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = text["Letters.Recorded", Ids.Distinct().Count()].Value;
            return RedirectToPage("/Visits/Details", new { id = result.Value });
        }
        var confirm = result.Validation.Errors.FirstOrDefault(e => e.PropertyName == nameof(VisitInput.OutsideCampaignReason));
        if (confirm is not null) WindowWarning = confirm.ErrorMessage;
        else ModelState.AddErrors(result.Validation, prefix: "");
        Letters = await letters.RenderAsync(CampaignId, Ids, SentOn, ct);
        return Page();
    }
}
