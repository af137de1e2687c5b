using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Core.Features.Administration;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.Visits;
using Relief.Web.Hosting;
using Relief.Web.Pages.ServiceEvents;

namespace Relief.Web.Pages.Pairing;

/// <summary>The pairing form: the shared outreach form, with the people who can be picked as helpers.</summary>
public abstract class PairingFormPage(
    PairingService pairings,
    VisitService visits,
    OrgUnitService units,
    CampaignChoices choices,
    IValidator<PairingInput> validator,
    IStringLocalizer<OutreachResource> text,
    IStringLocalizer<CoreMessages> messages) : OutreachFormPage<PairingInput>(visits, units, choices, validator, text, messages)
{
    public IReadOnlyList<PersonChoice> People { get; private set; } = [];

    protected PairingService Pairings => pairings;

    protected override (string Label, string Help, bool Required) PickerWording => ("Pairing.Field.Households", "Pairing.HouseholdsHelp", true);

    protected override async Task LoadOwnChoicesAsync(CancellationToken ct) => People = await pairings.HelperChoicesAsync(ct);
}
