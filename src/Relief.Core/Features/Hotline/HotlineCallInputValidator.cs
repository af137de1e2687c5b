using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Hotline;

public sealed class HotlineCallInputValidator : AbstractValidator<HotlineCallInput>
{
    /// <summary>Clocks differ a little between a phone and the server; a call "in five minutes" is a typo, one in a minute is not.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public HotlineCallInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.CampaignId).GreaterThan(0).WithMessage(_ => messages["Hotline.CampaignRequired"]);
        RuleFor(x => x.CalledAt).NotEmpty().WithName(_ => messages["Hotline.Field.CalledAt"])
            .NotInFuture(clock, ClockTolerance, () => messages["Hotline.CalledInFuture"]);
        RuleFor(x => x.CallerName).NotEmpty().When(x => x.HouseholdId is null).WithMessage(_ => messages["Hotline.CallerRequired"])
            .MaximumLength(FieldLengths.Name).PersonName(messages).WithName(_ => messages["Hotline.Field.CallerName"]);
        RuleFor(x => x.CallerPhone).MaximumLength(FieldLengths.Phone)
            .Must(PhoneNumber.IsValid).When(x => !string.IsNullOrWhiteSpace(x.CallerPhone)).WithMessage(_ => messages["Phone.Invalid"])
            .WithName(_ => messages["Hotline.Field.CallerPhone"]);
        RuleFor(x => x.Category).IsInEnum().WithName(_ => messages["Hotline.Field.Category"]);
        RuleFor(x => x.Question).NotEmpty().MaximumLength(FieldLengths.LongText).WithName(_ => messages["Hotline.Field.Question"]);
        RuleFor(x => x.TakenByUserId).NotEmpty().WithMessage(_ => messages["Hotline.TakenByRequired"]);
        RuleFor(x => x.Outcome).IsInEnum().WithName(_ => messages["Hotline.Field.Outcome"]);
        RuleFor(x => x.OutcomeNote).NotEmpty().When(x => x.Outcome == CallOutcome.Answered).WithMessage(_ => messages["Hotline.AnswerRequired"])
            .MaximumLength(FieldLengths.LongText).WithName(_ => messages["Hotline.Field.OutcomeNote"]);
    }
}
