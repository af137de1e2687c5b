using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Relief.Core.Features.Households;

public static class IdNumberRuleExtensions
{
    /// <summary>A resident ID number, when one is given; the message names what is wrong with it.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ResidentIdNumber<T>(
        this IRuleBuilder<T, string?> rule, IStringLocalizer<CoreMessages> messages, TimeProvider clock) =>
        rule.Custom((value, context) =>
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            var problem = IdNumberCheck.Check(value, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
            if (problem != IdNumberProblem.None) context.AddFailure(messages.IdNumberMessage(problem, value));
        });

    /// <summary>The message for a problem; {0} is the number's length and {1} its first two characters, as checked (normalized).</summary>
    public static string IdNumberMessage(this IStringLocalizer<CoreMessages> messages, IdNumberProblem problem, string? value)
    {
        var normalized = value is null ? "" : Households.ResidentIdNumber.Normalize(value);
        return messages[$"IdNumber.{problem}", normalized.Length, normalized.Length >= 2 ? normalized[..2] : normalized];
    }
}
