using System.Linq.Expressions;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.ServiceEvents;

public sealed class ServiceEventInputValidator : AbstractValidator<ServiceEventInput>
{
    public const int MaxCount = 1_000_000;
    public const int MaxHouseholds = 500;

    public ServiceEventInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.Kind).IsInEnum().WithName(_ => messages["ServiceEvent.Field.Kind"]);
        RuleFor(x => x.Title).NotEmpty().MaximumLength(FieldLengths.ShortText).WithName(_ => messages["ServiceEvent.Field.Title"]);
        RuleFor(x => x.OrgUnitId).GreaterThan(0).WithMessage(_ => messages["ServiceEvent.UnitRequired"]);
        RuleFor(x => x.HeldOn).NotEmpty()
            .NotInFuture(clock, messages)
            .WithName(_ => messages["ServiceEvent.Field.HeldOn"]);
        RuleFor(x => x.Place).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["ServiceEvent.Field.Place"]);
        RuleFor(x => x.Partners).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["ServiceEvent.Field.Partners"]);
        RuleFor(x => x.Notes).MaximumLength(FieldLengths.Notes).WithName(_ => messages["ServiceEvent.Field.Notes"]);
        Count(x => x.Participants, ServiceEventFigure.Participants, messages);
        Count(x => x.Employers, ServiceEventFigure.Employers, messages);
        Count(x => x.JobTypes, ServiceEventFigure.JobTypes, messages);
        Count(x => x.PositionsOffered, ServiceEventFigure.PositionsOffered, messages);
        Count(x => x.Attendees, ServiceEventFigure.Attendees, messages);
        Count(x => x.HiringIntentions, ServiceEventFigure.HiringIntentions, messages);
        Count(x => x.Sessions, ServiceEventFigure.Sessions, messages);
        Count(x => x.Trainees, ServiceEventFigure.Trainees, messages);
        Count(x => x.Consultations, ServiceEventFigure.Consultations, messages);
        Count(x => x.CasesTaken, ServiceEventFigure.CasesTaken, messages);
        // Hiring intentions are reached with people who came: never more than the attendees, when both are known.
        RuleFor(x => x.HiringIntentions)
            .Must((x, intentions) => intentions <= x.Attendees)
            .When(x => x.Kind == ServiceEventKind.JobFair && x.HiringIntentions is >= 0 && x.Attendees is >= 0)
            .WithMessage(x => messages["ServiceEvent.IntentionsAboveAttendees", x.HiringIntentions!, x.Attendees!]);
        RuleFor(x => x.HouseholdIds).Must(ids => ids.Distinct().Count() <= MaxHouseholds)
            .WithMessage(_ => messages["ServiceEvent.TooManyHouseholds", MaxHouseholds]);
    }

    /// <summary>A figure of the kind may be left empty (not known); when given it is a whole number from 0 up.</summary>
    private void Count(Expression<Func<ServiceEventInput, int?>> property, ServiceEventFigure figure, IStringLocalizer<CoreMessages> messages) =>
        RuleFor(property)
            .Must(value => value >= 0).WithMessage(_ => messages["ServiceEvent.NegativeCount", messages.Label(figure)])
            .Must(value => value <= MaxCount).WithMessage(_ => messages["ServiceEvent.CountTooLarge", messages.Label(figure), MaxCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)])
            .When(x => ServiceEventFigures.Applies(x.Kind, figure) && x.Figure(figure) is not null);
}
