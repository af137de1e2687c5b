using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Households;

public sealed class FamilyMemberInputValidator : AbstractValidator<FamilyMemberInput>
{
    public FamilyMemberInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(FieldLengths.Name).PersonName(messages).WithName(_ => messages["Member.Field.Name"]);
        RuleFor(x => x.Relation).NotEmpty().MaximumLength(FieldLengths.Name).WithName(_ => messages["Member.Field.Relation"]);
        RuleFor(x => x.BirthYear).InclusiveBetween(1900, clock.GetLocalNow().Year).WithName(_ => messages["Member.Field.BirthYear"]);
        RuleFor(x => x.Occupation).MaximumLength(FieldLengths.Title).WithName(_ => messages["Member.Field.Occupation"]);
        RuleFor(x => x.Health).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Member.Field.Health"]);
    }
}
