using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Meetings;

/// <summary>
/// 新建会议: date, the committee's unit, minutes reference and the attendees, prefilled from the campaign's last
/// meeting (a committee usually sits in the same composition). Then on to the decision page to put applications on it.
/// </summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(
    CommitteeService committee,
    OrgUnitService units,
    CampaignChoices choices,
    ICurrentUser user,
    TimeProvider clock,
    IValidator<CommitteeMeetingInput> validator,
    IStringLocalizer<MeetingsResource> text) : PageModel
{
    [BindProperty]
    public CommitteeMeetingInput Input { get; set; } = new();

    public IReadOnlyList<CampaignChoice> Campaigns { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public IReadOnlyList<PersonChoice> People { get; private set; } = [];

    public MeetingFormModel Form => new(Input, Units, People, Campaigns);

    public async Task OnGetAsync(int? campaignId, CancellationToken ct)
    {
        await LoadAsync(ct);
        var id = campaignId is { } asked && Campaigns.Any(c => c.Id == asked)
            ? asked
            : (Campaigns.FirstOrDefault(c => c.Status == CampaignStatus.Active) ?? (Campaigns.Count > 0 ? Campaigns[0] : null))?.Id ?? 0;
        if (id == 0) return;
        var unitId = user.OrgUnitId ?? (Units.Count > 0 ? Units[0].Id : 0);
        // The same committee's earlier meetings in this campaign, newest first: the next number, and who usually sits.
        var earlier = (await committee.ListAsync(id, ct)).Where(m => m.OrgUnitId == unitId).ToList();
        var chinese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
        Input = new CommitteeMeetingInput
        {
            CampaignId = id,
            OrgUnitId = unitId,
            HeldOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            Title = MeetingForm.DefaultTitle(Campaigns.First(c => c.Id == id).Name, earlier.Count + 1, chinese),
            Attendees = earlier.Count > 0
                ? [.. (await committee.GetAsync(earlier[0].Id, ct)).Attendees]
                : [new MeetingAttendeeInput { Name = User.FindFirst(ReliefClaims.DisplayName)?.Value ?? "", Title = People.FirstOrDefault(p => p.UserId == user.UserId)?.Title }],
        };
        MeetingForm.OfferBlankRow(Input);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        MeetingForm.Prepare(Input, People);
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        }
        else
        {
            var result = await committee.CreateAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = text["Form.Created"].Value;
                return RedirectToPage("Details", new { id = result.Value });
            }
            ModelState.AddErrors(result.Validation);
        }
        MeetingForm.OfferBlankRow(Input);
        return Page();
    }

    /// <summary>再加一人 without scripts: everything typed is kept.</summary>
    public async Task<IActionResult> OnPostAddAttendeeAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await LoadAsync(ct);
        MeetingForm.OfferBlankRow(Input);
        if (Input.Attendees.Count < MeetingForm.MaxAttendees) Input.Attendees.Add(new MeetingAttendeeInput());
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Campaigns = await choices.OpenAsync(ct: ct);
        Units = await units.GetChoicesAsync(ct);
        People = await committee.AttendeeChoicesAsync(ct);
    }
}
