using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Disbursements;

/// <summary>发放: the payable grants of a campaign (optionally one unit's tree); officers tick and pay them through <see cref="PayModel"/>.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(DisbursementService disbursements, OrgUnitService units, CampaignChoices choices, ICurrentUser user, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OrgUnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public PagedResult<GrantListItem>? Result { get; private set; }
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    public string? PaidByDefault => user.UserName;

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        Units = await units.GetChoicesAsync(ct);
        if (OrgUnitId is { } unitId && Units.All(u => u.Id != unitId)) OrgUnitId = null;
        if (CampaignId is { } id) Result = await disbursements.PayableAsync(id, OrgUnitId, new PageRequest(PageNumber, PageSize), ct);
    }
}
