using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Administration;

public sealed class UserInputValidator : AbstractValidator<UserInput>
{
    public UserInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(FieldLengths.Name).WithName(_ => messages["User.Field.UserName"])
            .Matches("^[A-Za-z0-9._@-]+$").WithMessage(_ => messages["UserName.Characters"]);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(FieldLengths.Name).PersonName(messages).WithName(_ => messages["User.Field.DisplayName"]);
        RuleFor(x => x.Title).MaximumLength(FieldLengths.Name).WithName(_ => messages["User.Field.Title"]);
        RuleFor(x => x.PhoneNumber).MaximumLength(FieldLengths.Phone)
            .Must(PhoneNumber.IsValid).When(x => !string.IsNullOrWhiteSpace(x.PhoneNumber)).WithMessage(_ => messages["Phone.Invalid"])
            .WithName(_ => messages["User.Field.PhoneNumber"]);
        RuleFor(x => x.OrgUnitId).GreaterThan(0).WithMessage(_ => messages["User.UnitRequired"]);
        RuleFor(x => x.Role).Must(r => Roles.All.Contains(r)).WithMessage(_ => messages["User.RoleUnknown"]);
    }
}
