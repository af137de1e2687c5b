using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Households;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Households;

/// <summary>困难档案: search, filter, sort and page the files in the user's scope, and export exactly that list.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(
    HouseholdService households,
    HouseholdExporter exporter,
    OrgUnitService units,
    CampaignChoices choices,
    IStringLocalizer<HouseholdsResource> text) : PageModel
{
    public const int PageSize = 25;
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true)]
    public HouseholdQuery Filter { get; set; } = new();


    public PagedResult<HouseholdListItem> Result { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];

    /// <summary>Any filter beyond the search and the first row, so the folded part opens when one is in use.</summary>
    public bool UsesMoreFilters =>
        Filter.Category is not null || !string.IsNullOrWhiteSpace(Filter.Region) || Filter.IsRemote is not null
        || Filter.NotSurveyedInCampaignId is not null || Filter.NotVisitedInCampaignId is not null || Filter.NotHelpedInCampaignId is not null;

    public bool IsFiltered =>
        UsesMoreFilters || !string.IsNullOrWhiteSpace(Filter.Search) || Filter.OrgUnitId is not null || Filter.Level is not null || Filter.Status is not null;

    // "page" is also Razor Pages' own route value (the page's path), which a bound property reads instead of the
    // query string: the page number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        Units = await units.GetChoicesAsync(ct);
        Regions = await households.GetRegionsAsync(ct);
        Campaigns = await choices.ListAsync(ct);
        Result = await households.ListAsync(Filter, new PageRequest(pageNumber, PageSize), ct);
    }

    /// <summary>导出 Excel: the same filters and sort as the list, every page of it.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        // A temporary file rather than memory: a federation's export can run to many thousands of rows.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await exporter.ExportAsync(Filter, file, ct);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        var name = text["Export.FileName", DateTime.Now.ToString("yyyyMMdd", CultureInfo.InvariantCulture)].Value;
        return File(file, XlsxContentType, name);
    }

    /// <summary>This list's query string with one change: used by the sort headers, the export link and the pager.</summary>
    public string UrlWith(IDictionary<string, string?> changes)
    {
        var pairs = Request.Query
            .Where(q => !changes.ContainsKey(q.Key) && !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")))
            .Concat(changes.Where(c => c.Value is not null).Select(c => new KeyValuePair<string, string>(c.Key, c.Value!)));
        return Request.Path + new QueryBuilder(pairs).ToQueryString();
    }

    public string SortUrl(HouseholdSort sort) => UrlWith(new Dictionary<string, string?>
    {
        ["Filter.Sort"] = sort.ToString(),
        ["Filter.Descending"] = Filter.Sort == sort && !Filter.Descending ? "true" : null,
    });

    /// <summary>The arrow beside the sorted column's header (aria-sort tells screen readers the same).</summary>
    public string SortMark(HouseholdSort sort) => Filter.Sort != sort ? "" : Filter.Descending ? " ▼" : " ▲";

    public string? AriaSort(HouseholdSort sort) => Filter.Sort != sort ? null : Filter.Descending ? "descending" : "ascending";

    public string ExportUrl => UrlWith(new Dictionary<string, string?> { ["handler"] = "Export" });
}
