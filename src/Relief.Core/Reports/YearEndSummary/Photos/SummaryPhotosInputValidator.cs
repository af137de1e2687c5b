using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Relief.Core.Reports.YearEndSummary.Photos;

public sealed class SummaryPhotosInputValidator : AbstractValidator<SummaryPhotosInput>
{
    public SummaryPhotosInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.Photos).NotNull()
            .Must(p => p.Count <= SummaryPhotoRules.MaxPhotos).WithMessage(messages["SummaryPhotos.TooMany", SummaryPhotoRules.MaxPhotos])
            .Must(p => p.Select(l => l.AttachmentId).Distinct().Count() == p.Count).WithMessage(messages["SummaryPhotos.Twice"]);
        RuleForEach(x => x.Photos).ChildRules(line =>
        {
            line.RuleFor(l => l.Caption).Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage(messages["SummaryPhotos.CaptionRequired"])
                .MaximumLength(SummaryPhotoRules.MaxCaptionLength).WithMessage(messages["SummaryPhotos.CaptionTooLong", SummaryPhotoRules.MaxCaptionLength]);
        });
    }
}
