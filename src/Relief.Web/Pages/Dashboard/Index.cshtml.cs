using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Campaigns;
using Relief.Core;
using Relief.Core.Features.Dashboard;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Dashboard;

/// <summary>
/// 工作台 for leadership: one campaign's totals by status, category, kind and unit, each fund source's money, and the
/// progress of the work, as bar charts with a table behind each. Every figure comes from <see cref="CampaignFigures"/>
/// (aggregated in SQL, in the reader's scope); without a campaign asked for, the newest active one the user works in.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(
    CampaignFigures campaignFigures,
    CampaignChoices choices,
    IStringLocalizer<DashboardResource> text,
    IStringLocalizer<CoreMessages> messages) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public DashboardFigures? Figures { get; private set; }
    public DashboardCharts? Charts { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A campaign asked for by id is shown or not found (a shared link never silently shows another campaign).
        var asked = CampaignId;
        (Campaigns, CampaignId) = await choices.PickAsync(asked, ct);
        if (asked is not null) CampaignId = asked;
        if (CampaignId is not { } id) return;
        Figures = await campaignFigures.GetAsync(id, ct);
        Charts = new DashboardCharts(Figures, text, messages);
    }
}
