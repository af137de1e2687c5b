using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Administration;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Administration.Units;

[Authorize(Policy = Policies.Administer)]
public sealed class IndexModel(OrgUnitService units) : PageModel
{
    public IReadOnlyList<OrgUnitNode> Tree { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tree = await units.GetTreeAsync(ct);
}
