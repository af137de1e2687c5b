using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Visits;

/// <summary>One visit: who went, whom they saw, what was handed over, and the concerns raised (with a button to add one).</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(VisitService visits, IAuthorizationService authorization) : PageModel
{
    public VisitDetail Visit { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Visit = await visits.GetAsync(id, ct);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
    }
}
