using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Pairing;

public sealed class PairingInputValidator : AbstractValidator<PairingInput>
{
    public const int MaxHouseholds = 30;
    public const int FirstYear = 2000;

    public PairingInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        var today = () => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        RuleFor(x => x.OrgUnitId).GreaterThan(0).WithMessage(_ => messages["Pairing.UnitRequired"]);
        RuleFor(x => x.Year).NotNull().When(x => x.CampaignId is null).WithMessage(_ => messages["Pairing.PeriodRequired"]);
        RuleFor(x => x.Year).InclusiveBetween(FirstYear, today().Year + 1).When(x => x.CampaignId is null && x.Year is not null)
            .WithMessage(_ => messages["Pairing.YearRange", FirstYear, today().Year + 1]);
        RuleFor(x => x.HelperName).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.HelperUserId)).WithMessage(_ => messages["Pairing.HelperRequired"]);
        RuleFor(x => x.HelperName).MaximumLength(FieldLengths.Name).PersonName(messages).WithName(_ => messages["Pairing.Field.HelperName"]);
        RuleFor(x => x.HelperTitle).MaximumLength(FieldLengths.Name).WithName(_ => messages["Pairing.Field.HelperTitle"]);
        RuleFor(x => x.HelperWorkplace).MaximumLength(FieldLengths.Title).WithName(_ => messages["Pairing.Field.HelperWorkplace"]);
        RuleFor(x => x.PairedOn).NotEmpty()
            .NotInFuture(clock, messages)
            .WithName(_ => messages["Pairing.Field.PairedOn"]);
        RuleFor(x => x.HouseholdIds).NotEmpty().WithMessage(_ => messages["Pairing.HouseholdRequired"])
            .Must(ids => ids.Distinct().Count() <= MaxHouseholds).WithMessage(_ => messages["Pairing.TooManyHouseholds", MaxHouseholds]);
        RuleFor(x => x.Notes).MaximumLength(FieldLengths.Notes).WithName(_ => messages["Pairing.Field.Notes"]);
    }
}
