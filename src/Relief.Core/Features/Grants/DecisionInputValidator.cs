using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Grants;

public sealed class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public DecisionInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.GrantId).GreaterThan(0);
        RuleFor(x => x.Outcome).IsInEnum().WithName(_ => messages["Decision.Field.Outcome"]);
        RuleFor(x => x.Reason).NotEmpty().When(x => x.Outcome == DecisionOutcome.Rejected).WithMessage(_ => messages["Decision.RejectReasonRequired"]);
        RuleFor(x => x.Reason).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Decision.Field.Reason"]);
        RuleFor(x => x.FundSourceId).NotNull().When(x => x.Outcome == DecisionOutcome.Approved).WithMessage(_ => messages["Decision.FundRequired"]);
        RuleFor(x => x.ApprovedAmount).GreaterThan(0m).LessThanOrEqualTo(GrantInputValidator.MaxAmount).WholeFen(messages).WithName(_ => messages["Decision.Field.ApprovedAmount"]);
    }
}
