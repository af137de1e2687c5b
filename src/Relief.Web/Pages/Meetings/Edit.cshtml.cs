using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Households;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Meetings;

/// <summary>修改会议: date, unit, minutes reference and attendees; a meeting stays in its campaign. Someone else's save first is a conflict, the input kept.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(
    CommitteeService committee,
    OrgUnitService units,
    IValidator<CommitteeMeetingInput> validator,
    IStringLocalizer<SharedResource> shared) : PageModel
{
    [BindProperty]
    public CommitteeMeetingInput Input { get; set; } = new();

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public MeetingDetail Meeting { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name, int Depth)> Units { get; private set; } = [];
    public IReadOnlyList<PersonChoice> People { get; private set; } = [];

    public MeetingFormModel Form => new(Input, Units, People, null);

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Input = ToInput(Meeting);
        Conflict.Remember(Input);
        MeetingForm.OfferBlankRow(Input);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        MeetingForm.Prepare(Input, People);
        if (ModelState.HasBindingErrors())
        {
            ModelState.AddErrors(await validator.ValidateAsync(Input, ct));
        }
        else
        {
            var save = await Conflict.SaveAsync(this, "Meeting", Input, input => committee.UpdateAsync(id, input, ct), () => SavedAsync(id, ct));
            Input = save.Input;
            if (save.Saved)
            {
                TempData["Status"] = shared["Common.Saved"].Value;
                return RedirectToPage("Details", new { id });
            }
        }
        MeetingForm.OfferBlankRow(Input);
        return Page();
    }

    /// <summary>再加一人 without scripts: everything typed is kept.</summary>
    public async Task<IActionResult> OnPostAddAttendeeAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        await LoadAsync(id, ct);
        MeetingForm.OfferBlankRow(Input);
        if (Input.Attendees.Count < MeetingForm.MaxAttendees) Input.Attendees.Add(new MeetingAttendeeInput());
        return Page();
    }

    private async Task<CommitteeMeetingInput> SavedAsync(int id, CancellationToken ct) => ToInput(await committee.GetAsync(id, ct));

    private static CommitteeMeetingInput ToInput(MeetingDetail meeting) => new()
    {
        CampaignId = meeting.CampaignId,
        OrgUnitId = meeting.OrgUnitId,
        Title = meeting.Title,
        HeldOn = meeting.HeldOn,
        MinutesReference = meeting.MinutesReference,
        Attendees = [.. meeting.Attendees],
        Version = meeting.Version,
    };

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Meeting = await committee.GetAsync(id, ct);
        Units = await units.GetChoicesAsync(ct);
        People = await committee.AttendeeChoicesAsync(ct);
    }
}
