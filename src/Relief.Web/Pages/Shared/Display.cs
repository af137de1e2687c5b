using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Relief.Core.Common;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Core.Features.Visits;

namespace Relief.Web.Pages.Shared;

/// <summary>
/// How every page writes dates, money and state badges: the forms of <see cref="Formats"/> (2021年1月15日 / 15 Jan 2021,
/// 1,234.00) with the page's currency marks (元 in tables, ¥ in text), and one badge colour per state, always with the
/// word beside it.
/// </summary>
public static class Display
{
    private static bool IsChinese => Formats.IsChinese(CultureInfo.CurrentUICulture);

    public static string Date(DateOnly date) => Formats.Date(date);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>The union's time zone (<see cref="Relief.Core.Common.UnionClock"/>), set once at start-up from the app's clock.</summary>
    public static TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Local;

    public static string Date(DateTime utc) => Date(DateOnly.FromDateTime(InUnionTime(utc)));

    public static string Stamp(DateTime utc) =>
        Date(utc) + " " + InUnionTime(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static DateTime InUnionTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    /// <summary>In tables: 1,234.00 元 (Chinese) or 1,234.00 (English, the column header names the currency).</summary>
    public static string MoneyInTable(decimal? amount) =>
        amount is { } a ? Formats.Amount(a) + (IsChinese ? " 元" : "") : "";

    /// <summary>In running text and forms: ¥1,234.00.</summary>
    public static string Money(decimal? amount) =>
        amount is { } a ? "¥" + Formats.Amount(a) : "";

    public static string Count(int value) => Formats.Count(value);

    /// <summary>
    /// The value of a form field: what the user typed when the binder could not read it (so a typo is kept, not
    /// blanked), else the model's value in the invariant form number and date inputs expect.
    /// </summary>
    public static string? InputValue(ModelStateDictionary modelState, string key, object? value)
    {
        if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 && entry.AttemptedValue is { } typed) return typed;
        return value switch
        {
            decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
            DateOnly date => IsoDate(date),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    public static bool HasError(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    /// <summary>The value of a date input.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string StatusBadge(HouseholdStatus status) => "badge badge-state " + status switch
    {
        HouseholdStatus.Active => "state-applied",
        HouseholdStatus.Returned => "state-onnotice",
        HouseholdStatus.OutOfHardship => "state-approved",
        _ => "state-withdrawn",
    };

    public static string LevelBadge(HardshipLevel level) => "badge badge-state " + level switch
    {
        HardshipLevel.Extreme => "state-rejected",
        HardshipLevel.General => "state-onnotice",
        _ => "state-withdrawn",
    };

    /// <summary>The grant workflow colours of UI.md: 申请 / 已批准 / 公示中 / 可发放 / 已发放 / 未通过.</summary>
    public static string GrantBadge(GrantStatus status) => "badge badge-state state-" + status.ToString().ToLowerInvariant();

    public static string ConcernBadge(ConcernStatus status) => "badge badge-state " + status switch
    {
        ConcernStatus.Resolved => "state-approved",
        ConcernStatus.InProgress => "state-onnotice",
        _ => "state-applied",
    };
}
