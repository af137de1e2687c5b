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

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<UserSummary> Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await users.ListAsync(Search, new PageRequest(PageNumber), ct);
}
