using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Concerns;

/// <summary>
/// 诉求跟踪: "我的诉求" (the user's own, unresolved first, overdue marked) and every concern in scope with each owner's
/// load, which is where a chair starts.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(ConcernService concerns, ICurrentUser user) : PageModel
{
    public const int PageSize = 25;

    /// <summary>"mine" or "all"; a chair starts on all, everyone else on their own.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Scope { get; set; }

    [BindProperty(SupportsGet = true)]
    public ConcernView View { get; set; }

    [BindProperty(SupportsGet = true)]
    public ConcernCategory? Category { get; set; }

    public bool Mine => Scope == "mine";
    public PagedResult<ConcernListItem> Result { get; private set; } = null!;
    public IReadOnlyList<OwnerLoad> Owners { get; private set; } = [];
    public (int Unresolved, int Overdue) MyCounts { get; private set; }

    // "page" is also Razor Pages' own route value (the page's path), which a bound property reads instead of the
    // query string: the page number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        Scope = Scope is "mine" or "all" ? Scope : user.May(Permission.Decide) || user.UserId is null ? "all" : "mine";
        var query = new ConcernQuery { View = View, Category = Category, OwnerUserId = Mine ? user.UserId ?? "" : null };
        Result = await concerns.ListAsync(query, new PageRequest(pageNumber, PageSize), ct);
        if (user.UserId is { } me) MyCounts = await concerns.CountForOwnerAsync(me, ct);
        if (!Mine) Owners = await concerns.OwnerLoadAsync(ct);
    }
}
