using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.ServiceEvents;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>修改服务活动. Two people editing the same event: the second save is a conflict and keeps what its author typed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(
    ServiceEventService events,
    VisitService visits,
    OrgUnitService units,
    CampaignChoices choices,
    IValidator<ServiceEventInput> validator,
    IStringLocalizer<OutreachResource> text,
    IStringLocalizer<SharedResource> shared,
    IStringLocalizer<CoreMessages> messages) : EventFormPage(events, visits, units, choices, validator, text, messages)
{
    /// <summary>The event's id from the route, bound for every handler (the search posts too).</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Input = await Events.GetForEditAsync(id, ct);
        Conflict.Remember(Input);
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        SaveAsync(id, Conflict, "ServiceEvent", input => Events.UpdateAsync(id, input, ct), () => Events.GetForEditAsync(id, ct), shared["Common.Saved"], ct);
}
