using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Administration.Users;

[Authorize(Policy = Policies.Administer)]
public sealed class IndexModel(UserAdminService users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public PagedResult<UserSummary> Result { get; private set; } = null!;

    // "page" is also Razor Pages' own route value (the page's path), which a bound property reads instead of the
    // query string: the page number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct) =>
        Result = await users.ListAsync(Search, new PageRequest(pageNumber), ct);
}
