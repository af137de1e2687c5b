using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Attachments;

public sealed class AttachmentDeletionValidator : AbstractValidator<AttachmentDeletion>
{
    public AttachmentDeletionValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage(messages["Attachment.DeletionReasonRequired"])
            .MaximumLength(FieldLengths.ShortText).WithMessage(messages["Attachment.DeletionReasonTooLong", FieldLengths.ShortText]);
    }
}
