using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.ServiceEvents;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;

namespace Relief.Web.Pages.ServiceEvents;

/// <summary>The event form: the shared outreach form, with the partners of earlier events suggested.</summary>
public abstract class EventFormPage(
    ServiceEventService events,
    VisitService visits,
    OrgUnitService units,
    CampaignChoices choices,
    IValidator<ServiceEventInput> validator,
    IStringLocalizer<OutreachResource> text,
    IStringLocalizer<CoreMessages> messages) : OutreachFormPage<ServiceEventInput>(visits, units, choices, validator, text, messages)
{
    public IReadOnlyList<string> Partners { get; private set; } = [];

    protected ServiceEventService Events => events;

    protected override (string Label, string Help, bool Required) PickerWording => ("ServiceEvent.Field.Households", "Form.HouseholdsHelp", false);

    protected override async Task LoadOwnChoicesAsync(CancellationToken ct) => Partners = await events.PartnerSuggestionsAsync(ct);
}
