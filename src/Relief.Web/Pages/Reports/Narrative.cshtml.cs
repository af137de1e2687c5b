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
    NarrativeService narratives, YearEndQuery query, IStringLocalizer<CoreMessages> messages, IStringLocalizer<SharedResource> localizer)
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
        var figures = await query.GetAsync(CampaignId, ct);
        Preview = NarrativeTemplate.Fill(Text, SummaryValues.From(figures, new ReportFormat(CultureInfo.GetCultureInfo(Culture)), messages));
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

    private async Task LoadAsync(CancellationToken ct)
    {
        Culture = Culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en";
        Campaign = (await query.CampaignsAsync(ct)).FirstOrDefault(c => c.Id == CampaignId) ?? throw new NotFoundException();
        History = await narratives.HistoryAsync(CampaignId, Culture, ct);
    }
}
