using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Visits;

public sealed class ConcernInputValidator : AbstractValidator<ConcernInput>
{
    public ConcernInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.HouseholdId).GreaterThan(0).WithMessage(_ => messages["Concern.HouseholdRequired"]);
        RuleFor(x => x.Category).IsInEnum().WithName(_ => messages["Concern.Field.Category"]);
        RuleFor(x => x.Description).NotEmpty().MaximumLength(FieldLengths.LongText).WithName(_ => messages["Concern.Field.Description"]);
        RuleFor(x => x.RaisedOn).NotEmpty()
            .NotInFuture(clock, messages)
            .WithName(_ => messages["Concern.Field.RaisedOn"]);
        RuleFor(x => x.OwnerUserId).NotEmpty().WithMessage(_ => messages["Concern.OwnerRequired"]);
        RuleFor(x => x.DueOn).NotEmpty().GreaterThanOrEqualTo(x => x.RaisedOn).WithMessage(_ => messages["Concern.DueBeforeRaised"])
            .WithName(_ => messages["Concern.Field.DueOn"]);
    }
}
