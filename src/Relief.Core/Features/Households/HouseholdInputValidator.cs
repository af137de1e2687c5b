using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Households;

public sealed class HouseholdInputValidator : AbstractValidator<HouseholdInput>
{
    public const int MaxFamilySize = 30;
    public const decimal MaxPerCapitaIncome = 1_000_000m;

    public HouseholdInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock, IValidator<FamilyMemberInput> memberValidator)
    {
        RuleFor(x => x.OrgUnitId).GreaterThan(0).WithMessage(_ => messages["Household.UnitRequired"]);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(FieldLengths.Name).PersonName(messages).WithName(_ => messages["Household.Field.Name"]);
        RuleFor(x => x.IdNumber).ResidentIdNumber(messages, clock);
        RuleFor(x => x.HeadKind).IsInEnum().WithName(_ => messages["Household.Field.HeadKind"]);
        RuleFor(x => x.Workplace).MaximumLength(FieldLengths.Title).WithName(_ => messages["Household.Field.Workplace"]);
        RuleFor(x => x.Phone).MaximumLength(FieldLengths.Phone)
            .Must(PhoneNumber.IsValid).When(x => !string.IsNullOrWhiteSpace(x.Phone)).WithMessage(_ => messages["Phone.Invalid"])
            .WithName(_ => messages["Household.Field.Phone"]);
        RuleFor(x => x.Address).MaximumLength(FieldLengths.Address).WithName(_ => messages["Household.Field.Address"]);
        RuleFor(x => x.Region).MaximumLength(FieldLengths.Region).WithName(_ => messages["Household.Field.Region"]);
        RuleFor(x => x.Level).IsInEnum().WithName(_ => messages["Household.Field.Level"]);
        RuleFor(x => x.Categories).NotEmpty().WithMessage(_ => messages["Household.CategoryRequired"]);
        RuleForEach(x => x.Categories).IsInEnum().WithName(_ => messages["Household.Field.Categories"]);
        RuleFor(x => x.Causes).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Household.Field.Causes"]);
        RuleFor(x => x.IllnessDetails).MaximumLength(FieldLengths.LongText).WithName(_ => messages["Household.Field.IllnessDetails"]);
        RuleFor(x => x.PerCapitaIncome).InclusiveBetween(0m, MaxPerCapitaIncome).WholeFen(messages).WithName(_ => messages["Household.Field.PerCapitaIncome"]);
        RuleFor(x => x.FamilySize).InclusiveBetween(1, MaxFamilySize).WithName(_ => messages["Household.Field.FamilySize"]);
        RuleFor(x => x.Members.Count).LessThanOrEqualTo(MaxFamilySize).WithName(_ => messages["Household.Field.Members"]);
        RuleForEach(x => x.Members).SetValidator(memberValidator);
    }
}
