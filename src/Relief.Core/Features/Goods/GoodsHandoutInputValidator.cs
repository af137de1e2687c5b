using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Goods;

public sealed class GoodsHandoutInputValidator : AbstractValidator<GoodsHandoutInput>
{
    public GoodsHandoutInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.GoodsStockId).GreaterThan(0).WithMessage(_ => messages["Goods.StockRequired"]);
        RuleFor(x => x.HandedOutOn).NotEmpty()
            .NotInFuture(clock, messages)
            .WithName(_ => messages["Goods.Field.HandedOutOn"]);
        RuleFor(x => x.HandedOutBy).NotEmpty().MaximumLength(FieldLengths.Name).WithName(_ => messages["Goods.Field.HandedOutBy"]);
        RuleFor(x => x.Note).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Goods.Field.Note"]);
        RuleFor(x => x.Lines).Must(lines => lines.Any(l => l.Selected)).WithMessage(_ => messages["Goods.NoLineChosen"]);
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Quantity).GreaterThan(0m).When(l => l.Selected).WithMessage(_ => messages["Goods.QuantityPositive"]);
            line.RuleFor(l => l.Quantity).Must(q => decimal.Round(q, Money.QuantityScale) == q).WithMessage(_ => messages["Goods.QuantityDecimals"]);
        });
    }
}
