using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.ServiceEvents;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>One event: what it was, with whom, the figures its kind is judged by, and the households it reached.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(ServiceEventService events, IAuthorizationService authorization) : PageModel
{
    public ServiceEventDetail Event { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Event = await events.GetAsync(id, ct);
        CanEdit = !Event.CampaignClosed && (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
    }
}
