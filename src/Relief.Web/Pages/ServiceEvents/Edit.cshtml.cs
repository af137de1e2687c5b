using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Campaigns;
using Relief.Core;
using Relief.Core.Common;
using Relief.Core.Features.Administration;
using Relief.Core.Features.ServiceEvents;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>修改服务活动. Two people editing the same event: the second save is a conflict and keeps what its author typed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(
    ServiceEventService events,
    VisitService visits,
    OrgUnitService units,
    CampaignChoices choices,
    ICurrentUser user,
    IValidator<ServiceEventInput> validator,
    IStringLocalizer<OutreachResource> text,
    IStringLocalizer<SharedResource> shared,
    IStringLocalizer<CoreMessages> messages) : EventFormPage(events, visits, units, choices, user, validator, text, messages)
{
    /// <summary>The event's id from the route, bound for every handler (the search posts too).</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }
    public bool Conflicted { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await Events.GetForEditAsync(id, ct);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await HasBindingErrorsAsync(ct))
        {
            try
            {
                var result = await Events.UpdateAsync(id, Input, ct);
                if (result.Succeeded)
                {
                    TempData["Status"] = shared["Common.Saved"].Value;
                    return RedirectToPage("Details", new { id });
                }
                ModelState.AddErrors(result.Validation);
            }
            catch (ConcurrencyConflictException)
            {
                ModelState.AddModelError("", shared["Common.Conflict"]);
                Conflicted = true;
                // The user keeps what they typed; saving again after checking the event replaces the newer version.
                Input.Version = (await Events.GetForEditAsync(id, ct)).Version;
            }
        }
        await LoadAsync(ct);
        return Page();
    }
}
