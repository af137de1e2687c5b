using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Relief.Core.Features.ServiceEvents;
using Relief.Web.Hosting;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>修改服务活动. Two people editing the same event: the second save is a conflict and keeps what its author typed.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class EditModel(ServiceEventService events, OutreachFormServices form, IValidator<ServiceEventInput> validator)
    : EventFormPage(events, form, validator)
{
    /// <summary>The event's id from the route, bound for every handler (the search posts too).</summary>
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public EditConflict Conflict { get; set; } = new();

    public Task OnGetAsync(int id, CancellationToken ct) => ShowForEditAsync(Conflict, () => Events.GetForEditAsync(id, ct), ct);

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        SaveAsync(id, Conflict, "ServiceEvent", input => Events.UpdateAsync(id, input, ct), () => Events.GetForEditAsync(id, ct), ct);
}
