using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Pairing;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Pairing;

/// <summary>One pairing: the helper, each household with the help it got, and what the helper gave in all.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(PairingService pairings, IAuthorizationService authorization) : PageModel
{
    public PairingDetail Pairing { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Pairing = await pairings.GetAsync(id, ct);
        CanEdit = !Pairing.CampaignClosed && (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
    }
}
