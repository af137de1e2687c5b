using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.BankPayments;

public sealed class BankAccountInputValidator : AbstractValidator<BankAccountInput>
{
    public BankAccountInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.BankName).NotEmpty().MaximumLength(FieldLengths.Title).WithName(_ => messages["BankAccount.Field.BankName"]);
        RuleFor(x => x.Branch).MaximumLength(FieldLengths.Title).WithName(_ => messages["BankAccount.Field.Branch"]);
        RuleFor(x => x.HolderName).NotEmpty().MaximumLength(FieldLengths.Name).WithName(_ => messages["BankAccount.Field.HolderName"]);
        RuleFor(x => x.AccountNumber)
            .Must(n => BankCardNumber.HasValidLength(BankCardNumber.Normalize(n)))
            .When(x => !string.IsNullOrWhiteSpace(x.AccountNumber))
            .WithMessage(_ => messages["BankAccount.Number.Digits", BankCardNumber.MinDigits, BankCardNumber.MaxDigits]);
    }
}
