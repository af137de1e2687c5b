using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Households;
using Relief.Core.Features.Surveys;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Surveys;

/// <summary>重点对象排序: 特困, 大病致贫, 单亲 first, then by per-capita income, lowest first.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class PriorityModel(SurveyService surveys, OrgUnitService units) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public int? OrgUnitId { get; set; }

    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public PagedResult<HouseholdListItem> Result { get; private set; } = null!;

    /// <summary>The place in the whole list, not just on this page.</summary>
    public int RankOf(int indexOnPage) => ((Result.Page - 1) * Result.PageSize) + indexOnPage + 1;

    // "page" is also Razor Pages' own route value (the page's path), which a bound property reads instead of the
    // query string: the page number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        Units = await units.GetChoicesAsync(ct);
        Result = await surveys.GetPriorityListAsync(OrgUnitId, new PageRequest(pageNumber, PageSize), ct);
    }
}
