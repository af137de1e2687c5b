using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Notices;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.Notices;

/// <summary>
/// 发布公示: the approved grants of a unit's tree (optionally of one meeting) previewed exactly as they will be posted,
/// masking included, then posted; the end date defaults to the configured number of working days.
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(
    NoticeService notices,
    CommitteeService committee,
    OrgUnitService units,
    CampaignChoices choices,
    ICurrentUser user,
    IOptions<NoticeOptions> options,
    IStringLocalizer<NoticesResource> text) : PageModel
{
    [BindProperty]
    public NoticeInput Input { get; set; } = new();

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public IReadOnlyList<MeetingListItem> Meetings { get; private set; } = [];
    public NoticePreview? Preview { get; private set; }
    public int WorkingDays => options.Value.WorkingDays;
    public DateOnly DefaultEndsOn => notices.DefaultEndsOn(Input.PostedOn == default ? notices.Today : Input.PostedOn);

    public async Task<IActionResult> OnGetAsync(int? campaignId, int? orgUnitId, int? meetingId, CancellationToken ct)
    {
        var (campaigns, current) = await choices.PickAsync(campaignId, ct);
        Campaigns = campaigns.Where(c => c.Status != CampaignStatus.Closed).ToList();
        if (current is not { } id || Campaigns.All(c => c.Id != id)) id = Campaigns.Count > 0 ? Campaigns[0].Id : 0;
        Units = await units.GetChoicesAsync(ct);
        var unitId = orgUnitId ?? user.OrgUnitId ?? (Units.Count > 0 ? Units[0].Id : 0);
        Input = new NoticeInput
        {
            CampaignId = id,
            OrgUnitId = unitId,
            CommitteeMeetingId = meetingId,
            PostedOn = notices.Today,
            Title = text["Create.DefaultTitle", Campaigns.FirstOrDefault(c => c.Id == id)?.Name ?? ""],
            MaskNames = true,
        };
        if (id == 0) return Page();
        Meetings = await committee.ListAsync(id, ct);
        var preview = await notices.PreviewAsync(Input, ct);
        if (preview.Succeeded) Preview = preview.Value;
        return Page();
    }

    /// <summary>预览: what would be posted, nothing saved.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await notices.PreviewAsync(Input, ct);
            if (result.Succeeded) Preview = result.Value;
            else ModelState.AddErrors(result.Validation);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await notices.PostAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Create.Posted"].Value;
                return RedirectToPage("Details", new { id = result.Value });
            }
            ModelState.AddErrors(result.Validation);
            var preview = await notices.PreviewAsync(Input, ct);
            if (preview.Succeeded) Preview = preview.Value;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Campaigns = await choices.OpenAsync(ct: ct);
        Units = await units.GetChoicesAsync(ct);
        Meetings = Campaigns.Any(c => c.Id == Input.CampaignId) ? await committee.ListAsync(Input.CampaignId, ct) : [];
    }
}
