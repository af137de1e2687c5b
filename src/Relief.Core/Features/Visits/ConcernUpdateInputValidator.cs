using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Visits;

public sealed class ConcernUpdateInputValidator : AbstractValidator<ConcernUpdateInput>
{
    public ConcernUpdateInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.Category).IsInEnum().WithName(_ => messages["Concern.Field.Category"]);
        RuleFor(x => x.Description).NotEmpty().MaximumLength(FieldLengths.LongText).WithName(_ => messages["Concern.Field.Description"]);
        RuleFor(x => x.OwnerUserId).NotEmpty().WithMessage(_ => messages["Concern.OwnerRequired"]);
        RuleFor(x => x.DueOn).NotEmpty().WithName(_ => messages["Concern.Field.DueOn"]);
        RuleFor(x => x.Status).IsInEnum().WithName(_ => messages["Concern.Field.Status"]);
        RuleFor(x => x.Resolution).MaximumLength(FieldLengths.LongText).WithName(_ => messages["Concern.Field.Resolution"]);
        When(x => x.Status == ConcernStatus.Resolved, () =>
        {
            RuleFor(x => x.Resolution).NotEmpty().WithMessage(_ => messages["Concern.ResolutionRequired"]);
            RuleFor(x => x.ResolvedOn).NotEmpty().WithMessage(_ => messages["Concern.ResolvedOnRequired"])
                .NotInFuture(clock, messages);
        });
    }
}
