using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Grants;

public sealed class GrantInputValidator : AbstractValidator<GrantInput>
{
    public const decimal MaxAmount = 1_000_000m;

    public GrantInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.CampaignId).GreaterThan(0);
        RuleFor(x => x.HouseholdId).GreaterThan(0);
        RuleFor(x => x.Kind).IsInEnum().WithName(_ => messages["Grant.Field.Kind"]);
        RuleFor(x => x.Category).IsInEnum().WithName(_ => messages["Grant.Field.Category"]);
        RuleFor(x => x.CashAmount).InclusiveBetween(0m, MaxAmount).WholeFen(messages).WithName(_ => messages["Grant.Field.CashAmount"]);
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Name).NotEmpty().MaximumLength(FieldLengths.ItemName).WithName(_ => messages["Grant.Field.ItemName"]);
            item.RuleFor(i => i.Unit).NotEmpty().MaximumLength(FieldLengths.ItemUnit).WithName(_ => messages["Grant.Field.ItemUnit"]);
            item.RuleFor(i => i.Quantity).GreaterThan(0m).LessThanOrEqualTo(100_000m).WithName(_ => messages["Grant.Field.ItemQuantity"]);
            item.RuleFor(i => i.UnitValue).InclusiveBetween(0m, MaxAmount).WholeFen(messages).WithName(_ => messages["Grant.Field.ItemUnitValue"]);
        });
        // The total is judged only from amounts that are each acceptable: −100 in cash is one message, on the cash field.
        RuleFor(x => x.TotalAmount).GreaterThan(0m).WithMessage(_ => messages["Grant.AmountRequired"])
            .LessThanOrEqualTo(MaxAmount).WithName(_ => messages["Grant.Field.TotalAmount"])
            .When(x => x.CashAmount >= 0m && x.Items.All(i => i.UnitValue >= 0m && i.Quantity > 0m));
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Grant.Field.Reason"]);
        RuleFor(x => x.OverrideReason).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Grant.Field.OverrideReason"]);
    }
}
