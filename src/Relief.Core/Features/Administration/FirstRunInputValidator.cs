using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Administration;

public sealed class FirstRunInputValidator : AbstractValidator<FirstRunInput>
{
    public FirstRunInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.UnitName).NotEmpty().MaximumLength(FieldLengths.Title).WithName(_ => messages["Unit.Field.Name"]);
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(FieldLengths.Name).WithName(_ => messages["User.Field.UserName"])
            .Matches("^[A-Za-z0-9._@-]+$").WithMessage(_ => messages["UserName.Characters"]);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(FieldLengths.Name).PersonName(messages).WithName(_ => messages["User.Field.DisplayName"]);
        RuleFor(x => x.Password).NotEmpty().WithName(_ => messages["User.Field.Password"]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => messages["Password.Mismatch"]);
    }
}
