using FluentValidation;
using Relief.Core.Features.Pairing;
using Relief.Core.Features.Visits;
using Relief.Web.Pages.ServiceEvents;

namespace Relief.Web.Pages.Pairing;

/// <summary>The pairing form: the shared outreach form, with the people who can be picked as helpers.</summary>
public abstract class PairingFormPage(PairingService pairings, OutreachFormServices form, IValidator<PairingInput> validator)
    : OutreachFormPage<PairingInput>(form, validator)
{
    public IReadOnlyList<PersonChoice> People { get; private set; } = [];

    protected PairingService Pairings => pairings;

    protected override (string Label, string Help, bool Required) PickerWording => ("Pairing.Field.Households", "Pairing.HouseholdsHelp", true);

    protected override async Task LoadOwnChoicesAsync(CancellationToken ct) => People = await pairings.HelperChoicesAsync(ct);
}
