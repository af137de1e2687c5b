using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Visits.Letters;

/// <summary>慰问信: the unit's template for the campaign (merge fields explained), and the households to write to — those not reached yet, remote ones first.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class IndexModel(LetterService letters, VisitService visits, CampaignChoices choices,
    IStringLocalizer<VisitsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    /// <summary>Also offer households that can be visited in person.</summary>
    [BindProperty(SupportsGet = true)]
    public bool IncludeNear { get; set; }

    [BindProperty]
    public LetterTemplateInput Input { get; set; } = new();

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public LetterTemplateView? Template { get; private set; }
    public IReadOnlyList<NotReachedItem> Candidates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Template is null) return;
        Input = Template.Template;
        Conflict.Remember(Input);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (CampaignId is not { } id) return RedirectToPage();
        var save = await Conflict.SaveAsync(this, "Letter", Input, input => letters.SaveTemplateAsync(id, input, ct), async () => (await letters.GetTemplateAsync(id, ct)).Template);
        Input = save.Input;
        if (save.Saved)
        {
            TempData["Status"] = text["Letters.TemplateSaved"].Value;
            return RedirectToPage(new { campaignId = id });
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (var campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        Campaigns = campaigns;
        if (CampaignId is not { } id) return;
        Template = await letters.GetTemplateAsync(id, ct);
        var query = new NotReachedQuery { Remote = IncludeNear ? null : true };
        Candidates = (await visits.NotReachedAsync(id, query, new PageRequest(1, LetterService.MaxLetters), ct)).Items;
    }
}
