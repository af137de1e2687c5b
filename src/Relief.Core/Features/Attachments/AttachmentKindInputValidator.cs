using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Attachments;

public sealed class AttachmentKindInputValidator : AbstractValidator<AttachmentKindInput>
{
    public AttachmentKindInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(messages["AttachmentKind.NameRequired"])
            .MaximumLength(FieldLengths.Name).WithMessage(messages["AttachmentKind.NameTooLong", FieldLengths.Name]);
        RuleFor(x => x.EnglishName).MaximumLength(FieldLengths.Name).WithMessage(messages["AttachmentKind.NameTooLong", FieldLengths.Name]);
    }
}
