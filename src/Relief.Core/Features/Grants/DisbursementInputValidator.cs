using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Grants;

public sealed class DisbursementInputValidator : AbstractValidator<DisbursementInput>
{
    public DisbursementInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.GrantId).GreaterThan(0);
        RuleFor(x => x.PaidOn).NotEmpty()
            .NotInFuture(clock, messages)
            .WithName(_ => messages["Disbursement.Field.PaidOn"]);
        RuleFor(x => x.Method).IsInEnum().WithName(_ => messages["Disbursement.Field.Method"]);
        RuleFor(x => x.PaidBy).NotEmpty().MaximumLength(FieldLengths.Name).WithName(_ => messages["Disbursement.Field.PaidBy"]);
        RuleFor(x => x.Note).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Disbursement.Field.Note"]);
    }
}
