using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Visits;

public sealed class LetterTemplateInputValidator : AbstractValidator<LetterTemplateInput>
{
    public LetterTemplateInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.Greeting).NotEmpty().MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Letter.Field.Greeting"]);
        RuleFor(x => x.SigningLeader).NotEmpty().MaximumLength(FieldLengths.Title).WithName(_ => messages["Letter.Field.SigningLeader"]);
        RuleFor(x => x.UnionName).NotEmpty().MaximumLength(FieldLengths.Title).WithName(_ => messages["Letter.Field.UnionName"]);
        RuleFor(x => x.Body).NotEmpty().MaximumLength(FieldLengths.Notes).WithName(_ => messages["Letter.Field.Body"]);
        RuleFor(x => x.Body).Must(body => LetterMerge.UnknownFields(body).Count == 0)
            .WithMessage(x => messages["Letter.UnknownField", string.Join(messages["List.Separator"], LetterMerge.UnknownFields(x.Body)), LetterMerge.FieldList]);
    }
}
