using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Visits;

public sealed class VisitInputValidator : AbstractValidator<VisitInput>
{
    public const int MaxHouseholds = 200;
    public const int MaxVisitors = 30;

    public VisitInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.Kind).IsInEnum().WithName(_ => messages["Visit.Field.Kind"]);
        RuleFor(x => x.OrgUnitId).GreaterThan(0).WithMessage(_ => messages["Visit.UnitRequired"]);
        RuleFor(x => x.VisitedOn).NotEmpty()
            .NotInFuture(clock, messages)
            .WithName(_ => messages["Visit.Field.VisitedOn"]);
        RuleFor(x => x.Place).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Visit.Field.Place"]);
        RuleFor(x => x.Region).MaximumLength(FieldLengths.Region).WithName(_ => messages["Visit.Field.Region"]);
        RuleFor(x => x.Notes).MaximumLength(FieldLengths.Notes).WithName(_ => messages["Visit.Field.Notes"]);
        RuleFor(x => x.OutsideCampaignReason).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Visit.Field.OutsideCampaignReason"]);
        RuleFor(x => x.HouseholdIds).NotEmpty().WithMessage(_ => messages["Visit.HouseholdRequired"])
            .Must(ids => ids.Distinct().Count() <= MaxHouseholds).WithMessage(_ => messages["Visit.TooManyHouseholds", MaxHouseholds]);
        RuleFor(x => x.Visitors)
            .Must(visitors => visitors.Any(v => !v.IsBlank)).WithMessage(_ => messages["Visit.VisitorRequired"])
            .When(x => x.Kind is VisitKind.Home or VisitKind.Hospital);
        RuleFor(x => x.Visitors).Must(visitors => visitors.Count(v => !v.IsBlank) <= MaxVisitors)
            .WithMessage(_ => messages["Visit.TooManyVisitors", MaxVisitors]);
        RuleForEach(x => x.Visitors).Where(v => !v.IsBlank).ChildRules(visitor =>
        {
            visitor.RuleFor(v => v.Name).NotEmpty().When(v => string.IsNullOrWhiteSpace(v.UserId))
                .WithMessage(_ => messages["Visit.VisitorNameRequired"]);
            visitor.RuleFor(v => v.Name).MaximumLength(FieldLengths.Name).PersonName(messages).WithName(_ => messages["Visit.Field.VisitorName"]);
            visitor.RuleFor(v => v.Title).MaximumLength(FieldLengths.Name).WithName(_ => messages["Visit.Field.VisitorTitle"]);
        });
        RuleFor(x => x.HandOverMethod).IsInEnum().WithName(_ => messages["Visit.Field.HandOverMethod"]);
    }
}
