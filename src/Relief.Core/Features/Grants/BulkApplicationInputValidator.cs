using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Grants;

public sealed class BulkApplicationInputValidator : AbstractValidator<BulkApplicationInput>
{
    public BulkApplicationInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.CampaignId).GreaterThan(0);
        RuleFor(x => x.Kind).IsInEnum().WithName(_ => messages["Grant.Field.Kind"]);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Grant.Field.Reason"]);
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.Category).IsInEnum();
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Name).NotEmpty().MaximumLength(FieldLengths.ItemName).WithName(_ => messages["Grant.Field.ItemName"]);
            item.RuleFor(i => i.Unit).NotEmpty().MaximumLength(FieldLengths.ItemUnit).WithName(_ => messages["Grant.Field.ItemUnit"]);
            item.RuleFor(i => i.Quantity).GreaterThan(0m).LessThanOrEqualTo(100_000m).WithName(_ => messages["Grant.Field.ItemQuantity"]);
            item.RuleFor(i => i.UnitValue).InclusiveBetween(0m, GrantInputValidator.MaxAmount).WholeFen(messages).WithName(_ => messages["Grant.Field.ItemUnitValue"]);
        });
    }
}
