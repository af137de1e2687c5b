using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Attachments;

public sealed class AttachmentUploadValidator : AbstractValidator<AttachmentUpload>
{
    public AttachmentUploadValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.KindId).GreaterThan(0).WithMessage(messages["Attachment.KindRequired"]);
        RuleFor(x => x.DocumentDate)
            .Must(date => date is null || date <= DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
            .WithMessage(messages["Attachment.DateInFuture"]);
        RuleFor(x => x.Note).MaximumLength(FieldLengths.ShortText).WithMessage(messages["Attachment.NoteTooLong", FieldLengths.ShortText]);
    }
}
