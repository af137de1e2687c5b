using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Grants;

/// <summary>
/// 补助申请: the applications of one campaign in the user's scope, filtered, sorted and paged in the database, with the
/// count and amounts of everything the filters match (not only the page shown).
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(GrantService grants, OrgUnitService units, CampaignChoices choices) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public GrantQuery Filter { get; set; } = new();

    /// <summary>The campaign, bound by its short name so links from other pages can say ?campaignId=.</summary>
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public CampaignChoice? Campaign { get; private set; }
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public PagedResult<GrantListItem>? Result { get; private set; }
    public GrantTotals? Totals { get; private set; }

    public bool UsesMoreFilters => Filter.Category is not null || Filter.DuplicatesOnly || Filter.AwaitingMeeting;

    public bool IsFiltered =>
        UsesMoreFilters || Filter.OrgUnitId is not null || Filter.Status is not null || Filter.Kind is not null || !string.IsNullOrWhiteSpace(Filter.Search);

    // "page" is also Razor Pages' own route value: the page number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId ?? (Filter.CampaignId > 0 ? Filter.CampaignId : null), ct);
        Campaign = Campaigns.FirstOrDefault(c => c.Id == CampaignId);
        Units = await units.GetChoicesAsync(ct);
        if (CampaignId is not { } id) return;
        Filter.CampaignId = id;
        Result = await grants.ListAsync(Filter, new PageRequest(pageNumber, PageSize), ct);
        Totals = await grants.TotalsAsync(Filter, ct);
    }

    /// <summary>This list's query string with some values changed (the page number always dropped).</summary>
    public string UrlWith(IDictionary<string, string?> changes)
    {
        var pairs = Request.Query
            .Where(q => !changes.ContainsKey(q.Key) && !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")))
            .Concat(changes.Where(c => c.Value is not null).Select(c => new KeyValuePair<string, string>(c.Key, c.Value!)));
        if (!Request.Query.ContainsKey("campaignId") && CampaignId is { } id && !changes.ContainsKey("campaignId"))
            pairs = pairs.Append(new KeyValuePair<string, string>("campaignId", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Request.Path + new QueryBuilder(pairs).ToQueryString();
    }

    /// <summary>A header click sorts by that column; a second click on the same column reverses it.</summary>
    public string SortUrl(GrantSort sort) => UrlWith(new Dictionary<string, string?>
    {
        ["Filter.Sort"] = sort.ToString(),
        ["Filter.Descending"] = Filter.Sort == sort && !Filter.Descending ? "true" : null,
    });

    public string SortMark(GrantSort sort) => Filter.Sort != sort ? "" : Filter.Descending ? " ▼" : " ▲";

    public string? AriaSort(GrantSort sort) => Filter.Sort != sort ? null : Filter.Descending ? "descending" : "ascending";

    public bool MayApply => Campaign is { Status: not CampaignStatus.Closed };
}
