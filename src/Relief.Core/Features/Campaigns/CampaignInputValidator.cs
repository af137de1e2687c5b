using FluentValidation;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;

namespace Relief.Core.Features.Campaigns;

public sealed class CampaignInputValidator : AbstractValidator<CampaignInput>
{
    public const decimal MaxAmount = 10_000_000m;

    public CampaignInputValidator(IStringLocalizer<CoreMessages> messages)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(FieldLengths.Title).WithName(_ => messages["Campaign.Field.Name"]);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithName(_ => messages["Campaign.Field.Year"]);
        RuleFor(x => x.Season).IsInEnum().WithName(_ => messages["Campaign.Field.Season"]);
        RuleFor(x => x.Theme).MaximumLength(FieldLengths.ShortText).WithName(_ => messages["Campaign.Field.Theme"]);
        RuleFor(x => x.DirectiveReference).MaximumLength(FieldLengths.Reference).WithName(_ => messages["Campaign.Field.DirectiveReference"]);
        RuleFor(x => x.StartsOn).NotEmpty().WithName(_ => messages["Campaign.Field.StartsOn"]);
        RuleFor(x => x.EndsOn).NotEmpty().GreaterThanOrEqualTo(x => x.StartsOn).WithMessage(_ => messages["Campaign.EndsBeforeStart"])
            .WithName(_ => messages["Campaign.Field.EndsOn"]);
        RuleFor(x => x.OrgUnitId).GreaterThan(0).WithMessage(_ => messages["Campaign.UnitRequired"]);
        RuleForEach(x => x.Standards).ChildRules(standard =>
        {
            standard.RuleFor(s => s.Category).IsInEnum();
            standard.RuleFor(s => s.Kind).IsInEnum();
            standard.RuleFor(s => s.Amount).GreaterThan(0m).LessThanOrEqualTo(MaxAmount).WholeFen(messages).WithName(_ => messages["Campaign.Field.StandardAmount"]);
        });
        RuleFor(x => x.Standards).Must(s => s.Select(x => (x.Category, x.Kind)).Distinct().Count() == s.Count)
            .WithMessage(_ => messages["Campaign.StandardTwice"]);
        RuleForEach(x => x.Quotas).ChildRules(quota =>
        {
            quota.RuleFor(q => q.OrgUnitId).GreaterThan(0).WithMessage(_ => messages["Campaign.UnitRequired"]);
            quota.RuleFor(q => q.Households).GreaterThanOrEqualTo(0).WithName(_ => messages["Campaign.Field.QuotaHouseholds"]);
            quota.RuleFor(q => q.Amount).GreaterThanOrEqualTo(0m).LessThanOrEqualTo(MaxAmount).WholeFen(messages).WithName(_ => messages["Campaign.Field.QuotaAmount"]);
        });
        RuleFor(x => x.Quotas).Must(q => q.Select(x => x.OrgUnitId).Distinct().Count() == q.Count)
            .WithMessage(_ => messages["Campaign.QuotaTwice"]);
    }
}
