using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Grants;

public sealed class CommitteeMeetingInputValidator : AbstractValidator<CommitteeMeetingInput>
{
    public CommitteeMeetingInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.CampaignId).GreaterThan(0);
        RuleFor(x => x.OrgUnitId).GreaterThan(0).WithMessage(_ => messages["Campaign.UnitRequired"]);
        RuleFor(x => x.Title).NotEmpty().MaximumLength(FieldLengths.Title).WithName(_ => messages["Meeting.Field.Title"]);
        RuleFor(x => x.HeldOn).NotEmpty().WithName(_ => messages["Meeting.Field.HeldOn"]);
        RuleFor(x => x.MinutesReference).MaximumLength(FieldLengths.Reference).WithName(_ => messages["Meeting.Field.MinutesReference"]);
        // A collective decision (集体研究) needs the people who took it on record.
        RuleFor(x => x.Attendees).NotEmpty().WithMessage(_ => messages["Meeting.AttendeesRequired"]);
        RuleForEach(x => x.Attendees).ChildRules(attendee =>
        {
            attendee.RuleFor(a => a.Name).NotEmpty().MaximumLength(FieldLengths.Name).PersonName(messages).WithName(_ => messages["Meeting.Field.AttendeeName"]);
            attendee.RuleFor(a => a.Title).MaximumLength(FieldLengths.Name).WithName(_ => messages["Meeting.Field.AttendeeTitle"]);
            attendee.RuleFor(a => a.UserId).MaximumLength(FieldLengths.UserId);
        });
    }
}
