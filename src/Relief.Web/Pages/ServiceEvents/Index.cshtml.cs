using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.ServiceEvents;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>送服务活动: the events in the user's scope by campaign, kind, words and dates, newest first, with the totals of all that match.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(ServiceEventService events, CampaignChoices choices) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public ServiceEventQuery Filter { get; set; } = new();

    public PagedResult<ServiceEventListItem> Result { get; private set; } = null!;
    public ServiceEventTotals Totals { get; private set; } = ServiceEventTotals.None;
    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];

    public bool IsFiltered =>
        Filter.CampaignId is not null || Filter.Kind is not null || !string.IsNullOrWhiteSpace(Filter.Search) || Filter.From is not null || Filter.To is not null;

    // "page" is also Razor Pages' own route value: the page number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        Campaigns = await choices.ListAsync(ct);
        Result = await events.ListAsync(Filter, new PageRequest(pageNumber, PageSize), ct);
        Totals = await events.TotalsAsync(Filter, ct);
    }
}
