using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Grants;

namespace Relief.Core.Features.Notices;

public sealed class ObjectionHandlingInputValidator : AbstractValidator<ObjectionHandlingInput>
{
    public ObjectionHandlingInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.Outcome).IsInEnum().NotEqual(ObjectionOutcome.Open).WithMessage(_ => messages["Objection.OutcomeRequired"]);
        RuleFor(x => x.Handling).NotEmpty().MaximumLength(FieldLengths.LongText).WithName(_ => messages["Objection.Field.Handling"]);
        RuleFor(x => x.UpheldAction).IsInEnum();
        RuleFor(x => x.NewAmount).NotNull().GreaterThan(0m).LessThanOrEqualTo(GrantInputValidator.MaxAmount).WholeFen(messages)
            .When(x => x.Outcome == ObjectionOutcome.Upheld && x.UpheldAction == UpheldAction.ChangeAmount)
            .WithName(_ => messages["Objection.Field.NewAmount"]);
    }
}
