using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Reports.YearEndSummary;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Reports;

/// <summary>
/// 报告抬头: the Chair sets the summary's 撰写人, date and the directive it answers, kept on the campaign. Two people
/// saving at once: the second sees both values side by side and keeps what they typed (<see cref="EditConflict"/>).
/// </summary>
[Authorize(Policy = Policies.Decide)]
public sealed class HeaderModel(
    ReportHeaderService headers, YearEndQuery query, IValidator<ReportHeaderInput> validator, IStringLocalizer<SharedResource> shared) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int CampaignId { get; set; }

    [BindProperty]
    public ReportHeaderInput Input { get; set; } = new();

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public ReportCampaign Campaign { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = await headers.GetForEditAsync(CampaignId, ct);
        Conflict.Remember(Input);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
            return Page();
        }
        var save = await Conflict.SaveAsync(this, "ReportHeader", Input, input => headers.SaveAsync(CampaignId, input, ct),
            () => headers.GetForEditAsync(CampaignId, ct));
        Input = save.Input;
        if (!save.Saved) return Page();
        TempData["Status"] = shared["Common.Saved"].Value;
        return RedirectToPage("Narrative", new { CampaignId });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        // Only a campaign the reader's unit (or one below it) organizes: a branch does not set its parent's header.
        if (!await headers.MayEditAsync(CampaignId, ct)) throw new NotFoundException();
        Campaign = (await query.CampaignsAsync(ct)).FirstOrDefault(c => c.Id == CampaignId) ?? throw new NotFoundException();
    }
}
