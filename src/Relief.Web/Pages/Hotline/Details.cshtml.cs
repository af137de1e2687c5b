using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Hotline;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Hotline;

/// <summary>One call: who called, what they asked, how it ended, and the concern or application it became (or the buttons to make it one).</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(HotlineService hotline, IAuthorizationService authorization) : PageModel
{
    public HotlineCallDetail Call { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Call = await hotline.GetAsync(id, ct);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded && Call.CanEdit;
    }
}
