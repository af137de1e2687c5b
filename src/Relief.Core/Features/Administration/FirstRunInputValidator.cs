using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Administration;

public sealed class FirstRunInputValidator : AbstractValidator<FirstRunInput>
{
    public FirstRunInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.UnitName).NotEmpty().MaximumLength(FieldLengths.Title);
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(FieldLengths.Name)
            .Matches("^[A-Za-z0-9._@-]+$").WithMessage(_ => messages["UserName.Characters"]);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(FieldLengths.Name);
        RuleFor(x => x.Password).NotEmpty();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => messages["Password.Mismatch"]);
    }
}
