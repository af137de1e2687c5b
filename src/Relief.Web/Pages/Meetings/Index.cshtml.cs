using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relief.Core.Common;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Meetings;

/// <summary>工会委员会会议: the meetings of one campaign, newest first, with what each decided, and how many applications still wait.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(CommitteeService committee, CampaignChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? CampaignId { get; set; }

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public CampaignChoice? Campaign { get; private set; }
    public IReadOnlyList<MeetingListItem> Meetings { get; private set; } = [];
    /// <summary>Applications of the campaign in the user's scope on no agenda yet.</summary>
    public int Pending { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A campaign asked for by id is listed or not found, never silently replaced by another.
        var asked = CampaignId;
        (Campaigns, CampaignId) = await choices.PickAsync(asked, ct);
        if (asked is not null) CampaignId = asked;
        Campaign = Campaigns.FirstOrDefault(c => c.Id == CampaignId);
        if (CampaignId is not { } id) return;
        Meetings = await committee.ListAsync(id, ct);
        Pending = (await committee.PendingAsync(id, new PageRequest(1, 1), ct)).Total;
    }
}
