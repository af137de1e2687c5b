using FluentValidation;
using Relief.Core.Features.ServiceEvents;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>The event form: the shared outreach form, with the partners of earlier events suggested.</summary>
public abstract class EventFormPage(ServiceEventService events, OutreachFormServices form, IValidator<ServiceEventInput> validator)
    : OutreachFormPage<ServiceEventInput>(form, validator)
{
    public IReadOnlyList<string> Partners { get; private set; } = [];

    protected ServiceEventService Events => events;

    protected override (string Label, string Help, bool Required) PickerWording => ("ServiceEvent.Field.Households", "Form.HouseholdsHelp", false);

    protected override async Task LoadOwnChoicesAsync(CancellationToken ct) => Partners = await events.PartnerSuggestionsAsync(ct);
}
