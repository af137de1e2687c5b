using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Visits;

/// <summary>走访慰问: the visits in the user's scope by campaign, kind, region, visitor and dates, newest first.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(VisitService visits, CampaignChoices choices) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public VisitQuery Filter { get; set; } = new();

    public PagedResult<VisitListItem> Result { get; private set; } = null!;
    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<string> Regions { get; private set; } = [];

    public bool IsFiltered =>
        Filter.CampaignId is not null || Filter.Kind is not null || !string.IsNullOrWhiteSpace(Filter.Region)
        || !string.IsNullOrWhiteSpace(Filter.Visitor) || Filter.From is not null || Filter.To is not null;

    // "page" is also Razor Pages' own route value (the page's path), which a bound property reads instead of the
    // query string: the page number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        Campaigns = await choices.ListAsync(ct);
        Regions = await visits.GetVisitRegionsAsync(ct);
        Result = await visits.ListAsync(Filter, new PageRequest(pageNumber, PageSize), ct);
    }
}
