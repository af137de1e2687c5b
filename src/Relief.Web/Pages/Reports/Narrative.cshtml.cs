using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Common;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Reports;

/// <summary>The Chair edits the union's own narrative, with the placeholders listed beside it and a preview of the filled text.</summary>
[Authorize(Policy = Policies.Decide)]
public sealed class NarrativeModel(
    NarrativeService narratives, ReportHeaderService headers, YearEndQuery query, IStringLocalizer<CoreMessages> messages,
    IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int CampaignId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Culture { get; set; } = "zh-CN";

    [BindProperty]
    public string Text { get; set; } = "";

    [BindProperty]
    public int BasedOn { get; set; }

    public ReportCampaign Campaign { get; private set; } = null!;
    public IReadOnlyList<NarrativeVersion> History { get; private set; } = [];
    public string? Preview { get; private set; }
    /// <summary>The previous season's saved narrative this one can start from; null when there is none.</summary>
    public PreviousNarrative? Previous { get; private set; }
    /// <summary>The report's header when the reader may set it (their unit organizes the campaign), else null.</summary>
    public ReportHeaderInput? Header { get; private set; }
    /// <summary>Set when the text in the editor was just copied from <see cref="Previous"/> and is not saved yet.</summary>
    public bool CopiedFromPrevious { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await narratives.GetAsync(CampaignId, Culture, ct);
        Text = current.Text;
        BasedOn = current.Number;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        foreach (var name in NarrativeTemplate.Unknown(Text))
            ModelState.AddModelError(nameof(Text), messages["Narrative.UnknownPlaceholder", name]);
        await PreviewAsync(ct);
        return Page();
    }

    /// <summary>
    /// Puts the previous season's text in the editor, unsaved, with its preview filled from this season's figures; the
    /// version it is based on stays the one loaded, so saving it is checked for conflicts like any edit.
    /// </summary>
    public async Task<IActionResult> OnPostCopyPreviousAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Previous is null) return RedirectToPage(new { CampaignId, Culture });
        ModelState.Clear();
        Text = Previous.Text;
        CopiedFromPrevious = true;
        await PreviewAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var result = await narratives.SaveAsync(CampaignId, Culture, Text, BasedOn, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = localizer["Narrative.Saved", result.Value].Value;
                return RedirectToPage(new { CampaignId, Culture });
            }
            ModelState.AddErrors(result.Validation, prefix: "");
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError("", localizer["Narrative.Conflict"]);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task PreviewAsync(CancellationToken ct)
    {
        var figures = await query.GetAsync(CampaignId, ct);
        Preview = NarrativeTemplate.Fill(Text, SummaryValues.From(figures, new ReportFormat(CultureInfo.GetCultureInfo(Culture)), messages));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Culture = Culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en";
        Campaign = (await query.CampaignsAsync(ct)).FirstOrDefault(c => c.Id == CampaignId) ?? throw new NotFoundException();
        History = await narratives.HistoryAsync(CampaignId, Culture, ct);
        Previous = await narratives.PreviousAsync(CampaignId, Culture, ct);
        Header = await headers.MayEditAsync(CampaignId, ct) ? await headers.GetForEditAsync(CampaignId, ct) : null;
    }
}
