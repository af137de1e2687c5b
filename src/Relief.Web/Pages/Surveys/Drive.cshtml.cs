using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Surveys;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Surveys;

/// <summary>A campaign's survey drive: how far the unit has got, and who is still to be surveyed.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DriveModel(SurveyService surveys, OrgUnitService units, CampaignChoices choices) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OrgUnitId { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    /// <summary>Null when no campaign is visible yet.</summary>
    public SurveyDrive? Drive { get; private set; }

    // "page" is also Razor Pages' own route value (the page's path), which a bound property reads instead of the
    // query string: the page number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        Campaigns = await choices.ListAsync(ct);
        Units = await units.GetChoicesAsync(ct);
        // The current campaign by default: the newest active one, else the newest.
        CampaignId ??= (Campaigns.FirstOrDefault(c => c.Status == CampaignStatus.Active) ?? (Campaigns.Count > 0 ? Campaigns[0] : null))?.Id;
        if (CampaignId is { } campaignId)
            Drive = await surveys.GetDriveAsync(campaignId, OrgUnitId, new PageRequest(pageNumber, PageSize), ct);
    }
}
