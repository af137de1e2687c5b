using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Pairing;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Pairing;

/// <summary>结对帮扶 overview: the helpers in scope with their households and what they gave, and the totals of all that match.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(PairingService pairings, CampaignChoices choices) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public PairingQuery Filter { get; set; } = new();

    public PagedResult<PairingListItem> Result { get; private set; } = null!;
    public PairingTotals Totals { get; private set; } = PairingTotals.None;
    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    public bool IsFiltered => Filter.CampaignId is not null || Filter.Year is not null || !string.IsNullOrWhiteSpace(Filter.Search);

    // "page" is also Razor Pages' own route value: the page number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        Campaigns = await choices.ListAsync(ct);
        Years = await pairings.YearsAsync(ct);
        Result = await pairings.ListAsync(Filter, new PageRequest(pageNumber, PageSize), ct);
        Totals = await pairings.TotalsAsync(Filter, ct);
    }
}
