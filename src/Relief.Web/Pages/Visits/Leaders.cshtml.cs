using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Visits;

/// <summary>领导参与: who took part in the campaign's visits and how many households each reached.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class LeadersModel(VisitService visits, CampaignChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    /// <summary>Leaders only (the default), or every visitor.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Everyone { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<LeaderParticipation> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Campaigns, CampaignId) = await choices.PickAsync(CampaignId, ct);
        if (CampaignId is { } id) Rows = await visits.ParticipationAsync(id, leadersOnly: !Everyone, ct);
    }
}
