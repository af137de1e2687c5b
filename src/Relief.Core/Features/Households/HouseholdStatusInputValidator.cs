using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Households;

public sealed class HouseholdStatusInputValidator : AbstractValidator<HouseholdStatusInput>
{
    public HouseholdStatusInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.ToStatus).IsInEnum().NotEqual(HouseholdStatus.Active).WithMessage(_ => messages["Household.Status.Choose"]);
        RuleFor(x => x.ClosureReason).NotNull().WithMessage(_ => messages["Household.Status.ClosureReasonRequired"])
            .IsInEnum().WithMessage(_ => messages["Household.Status.ClosureReasonRequired"])
            .When(x => x.ToStatus == HouseholdStatus.Closed);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Household.Field.StatusReason"]);
        RuleFor(x => x.EffectiveOn).NotEmpty()
            .NotInFuture(clock, messages)
            .WithName(_ => messages["Household.Field.EffectiveOn"]);
    }
}
