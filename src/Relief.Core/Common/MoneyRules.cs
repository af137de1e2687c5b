using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Relief.Core.Common;

public static class MoneyRules
{
    /// <summary>An amount exact to the fen: a third decimal is refused with a message, never rounded away.</summary>
    public static IRuleBuilderOptions<T, decimal> WholeFen<T>(this IRuleBuilder<T, decimal> rule, IStringLocalizer<CoreMessages> messages) =>
        rule.Must(Money.IsWholeFen).WithMessage(_ => messages["Money.WholeFen"]);

    public static IRuleBuilderOptions<T, decimal?> WholeFen<T>(this IRuleBuilder<T, decimal?> rule, IStringLocalizer<CoreMessages> messages) =>
        rule.Must(amount => amount is not { } value || Money.IsWholeFen(value)).WithMessage(_ => messages["Money.WholeFen"]);
}
