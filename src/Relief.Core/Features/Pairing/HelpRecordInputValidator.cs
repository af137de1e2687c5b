using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Pairing;

public sealed class HelpRecordInputValidator : AbstractValidator<HelpRecordInput>
{
    public const decimal MaxAmount = 1_000_000m;
    public const decimal MaxQuantity = 1_000_000m;

    public HelpRecordInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.Kind).IsInEnum().WithName(_ => messages["Help.Field.Kind"]);
        RuleFor(x => x.HouseholdId).GreaterThan(0).WithMessage(_ => messages["Help.HouseholdRequired"]);
        RuleFor(x => x.GivenOn).NotEmpty()
            .NotInFuture(clock, messages)
            .WithName(_ => messages["Help.Field.GivenOn"]);
        When(x => x.Kind == HelpKind.Money, () =>
        {
            RuleFor(x => x.Amount).NotNull().WithMessage(_ => messages["Help.AmountRequired"])
                .GreaterThan(0m).WithMessage(_ => messages["Help.AmountPositive"])
                .LessThanOrEqualTo(MaxAmount).WithMessage(_ => messages["Help.AmountTooLarge", MaxAmount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)])
                .WholeFen(messages).WithName(_ => messages["Help.Field.Amount"]);
        });
        When(x => x.Kind == HelpKind.Goods, () =>
        {
            RuleFor(x => x.ItemName).NotEmpty().WithMessage(_ => messages["Help.ItemRequired"])
                .MaximumLength(FieldLengths.ItemName).WithName(_ => messages["Help.Field.ItemName"]);
            RuleFor(x => x.Quantity).NotNull().WithMessage(_ => messages["Help.QuantityRequired"])
                .GreaterThan(0m).WithMessage(_ => messages["Help.QuantityPositive"])
                .LessThanOrEqualTo(MaxQuantity).WithMessage(_ => messages["Help.QuantityTooLarge", MaxQuantity.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)]);
            RuleFor(x => x.Unit).NotEmpty().WithMessage(_ => messages["Help.UnitRequired"])
                .MaximumLength(FieldLengths.ItemUnit).WithName(_ => messages["Help.Field.Unit"]);
        });
        RuleFor(x => x.Description).NotEmpty().When(x => x.Kind == HelpKind.Job).WithMessage(_ => messages["Help.JobRequired"]);
        RuleFor(x => x.Description).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Help.Field.Description"]);
    }
}
