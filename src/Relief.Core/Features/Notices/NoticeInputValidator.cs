using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Notices;

public sealed class NoticeInputValidator : AbstractValidator<NoticeInput>
{
    public NoticeInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.CampaignId).GreaterThan(0);
        RuleFor(x => x.OrgUnitId).GreaterThan(0).WithMessage(_ => messages["Campaign.UnitRequired"]);
        RuleFor(x => x.Title).NotEmpty().MaximumLength(FieldLengths.Title).WithName(_ => messages["Notice.Field.Title"]);
        RuleFor(x => x.PostedOn).NotEmpty().WithName(_ => messages["Notice.Field.PostedOn"]);
        RuleFor(x => x.EndsOn).GreaterThanOrEqualTo(x => x.PostedOn).When(x => x.EndsOn is not null)
            .WithMessage(_ => messages["Notice.EndsBeforePosted"]);
        RuleFor(x => x.Location).MaximumLength(FieldLengths.Title).WithName(_ => messages["Notice.Field.Location"]);
        RuleFor(x => x.ObjectionContact).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Notice.Field.ObjectionContact"]);
    }
}
