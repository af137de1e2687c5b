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

    public static string IdNumberMessage(this IStringLocalizer<CoreMessages> messages, IdNumberProblem problem, string? value) =>
        messages[$"IdNumber.{problem}", ResidentIdNumberLength(value)];

    private static int ResidentIdNumberLength(string? value) => value?.Trim().Length ?? 0;
}
