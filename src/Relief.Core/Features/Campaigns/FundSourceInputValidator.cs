using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Campaigns;

public sealed class FundSourceInputValidator : AbstractValidator<FundSourceInput>
{
    public FundSourceInputValidator(IStringLocalizer<CoreMessages> messages, TimeProvider clock)
    {
        RuleFor(x => x.Kind).IsInEnum().WithName(_ => messages["Fund.Field.Kind"]);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(FieldLengths.Title).WithName(_ => messages["Fund.Field.Name"]);
        RuleFor(x => x.Donor).MaximumLength(FieldLengths.Title).WithName(_ => messages["Fund.Field.Donor"]);
        RuleFor(x => x.Donor).NotEmpty().When(x => x.Kind == FundSourceKind.Donation).WithMessage(_ => messages["Fund.DonorRequired"]);
        RuleFor(x => x.Amount).GreaterThan(0m).LessThanOrEqualTo(CampaignInputValidator.MaxAmount * 10).WholeFen(messages).WithName(_ => messages["Fund.Field.Amount"]);
        RuleFor(x => x.ReceivedOn).NotEmpty().NotInFuture(clock, messages).WithName(_ => messages["Fund.Field.ReceivedOn"]);
        RuleFor(x => x.Note).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Fund.Field.Note"]);
    }
}
