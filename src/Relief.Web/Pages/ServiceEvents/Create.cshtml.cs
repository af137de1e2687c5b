using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Relief.Core.Features.ServiceEvents;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>登记服务活动: a job fair, legal aid, training, cultural event or symposium; the fields follow the kind chosen.</summary>
[Authorize(Policy = Policies.Edit)]
public sealed class CreateModel(ServiceEventService events, OutreachFormServices form, IValidator<ServiceEventInput> validator)
    : EventFormPage(events, form, validator)
{
    public async Task OnGetAsync(int? campaignId, ServiceEventKind? kind, CancellationToken ct)
    {
        var (_, current) = await Choices.PickAsync(campaignId, ct);
        Input = await Events.NewAsync(current, kind ?? ServiceEventKind.JobFair, ct);
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        CreateAsync(input => Events.CreateAsync(input, ct), Text["Event.Recorded"], ct);
}
