using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Relief.Core.Common;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Notices;

/// <summary>
/// A notice's dates are rules, not suggestions: it goes up today (or, entered after the fact, on the day a paper notice
/// went up, with the reason), never in the future, and it hangs at least the configured working days.
/// </summary>
public sealed class NoticeInputValidator : AbstractValidator<NoticeInput>
{
    public NoticeInputValidator(IStringLocalizer<CoreMessages> messages, IOptions<NoticeOptions> options, TimeProvider clock)
    {
        DateOnly Today() => DateOrder.Today(clock);
        RuleFor(x => x.CampaignId).GreaterThan(0);
        RuleFor(x => x.OrgUnitId).GreaterThan(0).WithMessage(_ => messages["Campaign.UnitRequired"]);
        RuleFor(x => x.Title).NotEmpty().MaximumLength(FieldLengths.Title).WithName(_ => messages["Notice.Field.Title"]);
        RuleFor(x => x.PostedOn).NotEmpty().WithName(_ => messages["Notice.Field.PostedOn"])
            .Must(postedOn => postedOn <= Today()).WithMessage(_ => messages["Notice.PostedInFuture"])
            .Must((input, postedOn) => postedOn >= Today() || !string.IsNullOrWhiteSpace(input.EnteredLateReason))
            .WithMessage(_ => messages["Notice.PostedEarlierNeedsReason"]);
        RuleFor(x => x.EnteredLateReason).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Notice.Field.EnteredLateReason"]);
        RuleFor(x => x.EndsOn)
            .Must((input, endsOn) => endsOn is not { } day || day >= input.PostedOn).WithMessage(_ => messages["Notice.EndsBeforePosted"])
            .Must((input, endsOn) => endsOn is not { } day || day >= WorkingDays.EndOfPeriod(input.PostedOn, options.Value))
            .WithMessage(input => messages["Notice.PeriodTooShort", options.Value.WorkingDays, Formats.Date(WorkingDays.EndOfPeriod(input.PostedOn, options.Value))]);
        RuleFor(x => x.Location).MaximumLength(FieldLengths.Title).WithName(_ => messages["Notice.Field.Location"]);
        RuleFor(x => x.ObjectionContact).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Notice.Field.ObjectionContact"]);
    }
}
