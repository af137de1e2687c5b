using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Goods;

public sealed class GoodsReceiptInputValidator : AbstractValidator<GoodsReceiptInput>
{
    public const decimal MaxQuantity = 1_000_000m;
    public const decimal MaxValue = 10_000_000m;

    public GoodsReceiptInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.CampaignId).GreaterThan(0).WithMessage(_ => messages["Goods.CampaignRequired"]);
        RuleFor(x => x.OrgUnitId).GreaterThan(0).WithMessage(_ => messages["Goods.UnitRequired"]);
        RuleFor(x => x.Donor).NotEmpty().MaximumLength(FieldLengths.Title).WithName(_ => messages["Goods.Field.Donor"]);
        RuleFor(x => x.ItemName).NotEmpty().MaximumLength(FieldLengths.ItemName).WithName(_ => messages["Goods.Field.ItemName"]);
        RuleFor(x => x.Unit).NotEmpty().MaximumLength(FieldLengths.ItemUnit).WithName(_ => messages["Goods.Field.Unit"]);
        RuleFor(x => x.Quantity).GreaterThan(0m).WithMessage(_ => messages["Goods.QuantityPositive"])
            .LessThanOrEqualTo(MaxQuantity).WithName(_ => messages["Goods.Field.Quantity"]);
        RuleFor(x => x.Quantity).Must(q => decimal.Round(q, Money.QuantityScale) == q).WithMessage(_ => messages["Goods.QuantityDecimals"]);
        RuleFor(x => x.Value).GreaterThanOrEqualTo(0m).WithMessage(_ => messages["Goods.ValueNotNegative"])
            .LessThanOrEqualTo(MaxValue).WholeFen(messages).WithName(_ => messages["Goods.Field.Value"]);
        RuleFor(x => x.ReceivedOn).NotEmpty()
            .NotInFuture(clock, messages)
            .WithName(_ => messages["Goods.Field.ReceivedOn"]);
        RuleFor(x => x.Note).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Goods.Field.Note"]);
    }
}
