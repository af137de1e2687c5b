using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Relief.Core.Common;

/// <summary>
/// Dates follow the work, written once here and used by every validator and service that records a date:
/// <list type="bullet">
/// <item>a grant's dates in order, applied ≤ decided ≤ noticed ≤ payable ≤ paid ≤ today (<see cref="GrantRules"/>,
/// checked by <see cref="Refusal"/>);</item>
/// <item>a date that records a fact (a visit, a payment, a survey, a call, an objection or money received…) is never
/// in the future (<see cref="NotInFuture{T}(IRuleBuilder{T, DateOnly}, TimeProvider, IStringLocalizer{CoreMessages})"/>);</item>
/// <item>a visit lies inside its campaign's period, or records why not (<see cref="IsInPeriod"/>).</item>
/// </list>
/// A new date field takes the same shape: a row in the table or the validator rule, and its message in both languages.
/// </summary>
public static class DateOrder
{
    /// <summary>
    /// The order of a grant's dates. Noticed ≤ payable needs no row: payable is the day after the notice's period,
    /// which <c>NoticeInputValidator</c> makes at least the configured working days from its posting.
    /// </summary>
    public static readonly IReadOnlyList<DateOrderRule> GrantRules =
    [
        new(GrantMilestone.Applied, GrantMilestone.Decided, "Date.DecidedBeforeApplied"),
        // A meeting may be planned ahead; its decisions are recorded once it has been held.
        new(GrantMilestone.Decided, GrantMilestone.Today, "Decision.MeetingNotHeld"),
        new(GrantMilestone.Decided, GrantMilestone.Noticed, "Date.NoticedBeforeDecided"),
        new(GrantMilestone.Noticed, GrantMilestone.Today, "Notice.PostedInFuture"),
        new(GrantMilestone.Payable, GrantMilestone.Paid, "Disbursement.PaidBeforePayable"),
        // Said on its own for a grant paid without a notice on record (entered from paper).
        new(GrantMilestone.Applied, GrantMilestone.Paid, "Disbursement.PaidBeforeApplied"),
        new(GrantMilestone.Paid, GrantMilestone.Today, "Date.NotInFuture"),
    ];

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The first rule these dates break, as its message; null when they are in order.</summary>
    public static string? Refusal(GrantDates dates, IStringLocalizer<CoreMessages> messages, string householdName = "")
    {
        foreach (var rule in GrantRules)
        {
            if (dates.Of(rule.Earlier) is { } earlier && dates.Of(rule.Later) is { } later && later < earlier)
                return messages[rule.MessageKey, Formats.Date(earlier), Formats.Date(later), householdName];
        }
        return null;
    }

    /// <summary>A fact's date: not after today in the union's time zone.</summary>
    public static IRuleBuilderOptions<T, DateOnly> NotInFuture<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider clock, IStringLocalizer<CoreMessages> messages) =>
        rule.Must(date => date <= Today(clock)).WithMessage(_ => messages["Date.NotInFuture"]);

    /// <inheritdoc cref="NotInFuture{T}(IRuleBuilder{T, DateOnly}, TimeProvider, IStringLocalizer{CoreMessages})"/>
    public static IRuleBuilderOptions<T, DateOnly?> NotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock, IStringLocalizer<CoreMessages> messages) =>
        rule.Must(date => date is not { } day || day <= Today(clock)).WithMessage(_ => messages["Date.NotInFuture"]);

    /// <summary>
    /// A fact's time of day: not after now, allowing <paramref name="tolerance"/> for clocks that differ a little between
    /// a phone and the server.
    /// </summary>
    public static IRuleBuilderOptions<T, DateTime> NotInFuture<T>(
        this IRuleBuilder<T, DateTime> rule, TimeProvider clock, TimeSpan tolerance, Func<string> message) =>
        rule.Must(at => at <= clock.GetLocalNow().DateTime + tolerance).WithMessage(_ => message());

    /// <summary>Whether a day lies in a period, both ends included.</summary>
    public static bool IsInPeriod(DateOnly day, DateOnly startsOn, DateOnly endsOn) => day >= startsOn && day <= endsOn;
}
