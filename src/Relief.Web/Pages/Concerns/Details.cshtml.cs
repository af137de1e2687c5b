using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Concerns;

/// <summary>One concern: what was asked, by whom, who follows it up by when, and how it ended.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(ConcernService concerns, HotlineSourceQuery hotlineSource, IAuthorizationService authorization) : PageModel
{
    public ConcernDetail Concern { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    /// <summary>The hotline call the concern came from, if it did.</summary>
    public HotlineCallSource? FromCall { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Concern = await concerns.GetAsync(id, ct);
        FromCall = await hotlineSource.ForConcernAsync(id, ct);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
    }
}
