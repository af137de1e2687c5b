using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Hotline;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Hotline;

/// <summary>来电登记: the calls of one campaign in the user's scope, newest first, with the filters that matter and the totals above.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(HotlineService hotline, CampaignChoices choices) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public HotlineCallQuery Filter { get; set; } = new();

    /// <summary>The campaign shown: the one asked for, else the user's active one (CampaignChoices.PickAsync).</summary>
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public PagedResult<HotlineCallListItem>? Result { get; private set; }
    public HotlineCallTotals? Totals { get; private set; }
    public HotlineLine? Line { get; private set; }

    public bool IsFiltered =>
        Filter.Category is not null || Filter.Outcome is not null || Filter.Conversion is not null
        || Filter.From is not null || Filter.To is not null || !string.IsNullOrWhiteSpace(Filter.Text);

    // "page" is also Razor Pages' own route value: the page number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        if (CampaignId is not { } campaignId) return;
        Filter = Filter with { CampaignId = campaignId };
        Result = await hotline.ListAsync(Filter, new PageRequest(pageNumber, PageSize), ct);
        Totals = await hotline.TotalsAsync(Filter, ct);
        Line = await hotline.LineAsync(campaignId, ct);
    }
}
