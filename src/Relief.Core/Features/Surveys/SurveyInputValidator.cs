using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Surveys;

public sealed class SurveyInputValidator : AbstractValidator<SurveyInput>
{
    public SurveyInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.HouseholdId).GreaterThan(0);
        RuleFor(x => x.SurveyedOn).NotEmpty()
            .NotInFuture(clock, messages)
            .WithName(_ => messages["Survey.Field.SurveyedOn"]);
        RuleFor(x => x.Surveyors).NotEmpty().MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Survey.Field.Surveyors"]);
        RuleFor(x => x.Method).IsInEnum().WithName(_ => messages["Survey.Field.Method"]);
        RuleFor(x => x.Findings).MaximumLength(FieldLengths.LongText).WithName(_ => messages["Survey.Field.Findings"]);
        RuleFor(x => x.PerCapitaIncome).InclusiveBetween(0m, HouseholdInputValidator.MaxPerCapitaIncome).WholeFen(messages)
            .WithName(_ => messages["Household.Field.PerCapitaIncome"]);
        RuleFor(x => x.FamilySize).InclusiveBetween(1, HouseholdInputValidator.MaxFamilySize).WithName(_ => messages["Household.Field.FamilySize"]);
        RuleFor(x => x.Causes).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Household.Field.Causes"]);
        RuleFor(x => x.RecommendedLevel).IsInEnum().WithName(_ => messages["Survey.Field.RecommendedLevel"]);
        RuleFor(x => x.RecommendedCategories).NotEmpty().WithMessage(_ => messages["Household.CategoryRequired"]);
        RuleForEach(x => x.RecommendedCategories).IsInEnum().WithName(_ => messages["Survey.Field.RecommendedCategories"]);
    }
}
