using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Visits;

/// <summary>尚未走访: the campaign's households in hardship that no visit has reached; remote ones marked for phone or letter.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class NotReachedModel(VisitService visits, HouseholdService households, CampaignChoices choices) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    [BindProperty(SupportsGet = true)]
    public NotReachedQuery Filter { get; set; } = new();

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public PagedResult<NotReachedItem>? Result { get; private set; }
    public VisitCoverage? Coverage { get; private set; }

    // "page" is also Razor Pages' own route value (the page's path), which a bound property reads instead of the
    // query string: the page number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        Regions = await households.GetRegionsAsync(ct);
        if (CampaignId is not { } id) return;
        Coverage = await visits.CoverageAsync(id, ct);
        Result = await visits.NotReachedAsync(id, Filter, new PageRequest(pageNumber, PageSize), ct);
    }
}
