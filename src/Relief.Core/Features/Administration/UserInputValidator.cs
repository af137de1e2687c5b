using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Administration;

public sealed class UserInputValidator : AbstractValidator<UserInput>
{
    public UserInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(FieldLengths.Name)
            .Matches("^[A-Za-z0-9._@-]+$").WithMessage(_ => messages["UserName.Characters"]);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(FieldLengths.Name);
        RuleFor(x => x.Title).MaximumLength(FieldLengths.Name);
        RuleFor(x => x.PhoneNumber).MaximumLength(FieldLengths.Phone);
        RuleFor(x => x.OrgUnitId).GreaterThan(0).WithMessage(_ => messages["User.UnitRequired"]);
        RuleFor(x => x.Role).Must(r => Roles.All.Contains(r)).WithMessage(_ => messages["User.RoleUnknown"]);
    }
}
