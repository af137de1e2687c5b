using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Campaigns;
using Relief.Core.Features.Grants;
using Relief.Web.Pages.Shared;

namespace Relief.Web.Pages.Meetings;

/// <summary>
/// The messages of the decision form's rows: each under its row (keyed by grant id, so it stays on its row whatever
/// else changed on the agenda) and naming the household, so the summary at the top reads on its own.
/// </summary>
public sealed class DecisionRowMessages(ModelStateDictionary modelState, IStringLocalizer<MeetingsResource> text)
{
    public static string RowKey(int grantId, string property) => string.IsNullOrEmpty(property) ? $"Rows[{grantId}]" : $"Rows[{grantId}].{property}";

    /// <summary>
    /// Keeps the binder's complaints (letters in an amount) for the rows being decided, in the user's language, and
    /// forgets the rest: a row nobody asked to record is not the user's problem yet.
    /// </summary>
    public void KeepBindingErrors(IReadOnlyCollection<int> grantIds)
    {
        foreach (var key in modelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList())
        {
            if (!grantIds.Any(g => key.StartsWith(RowKey(g, "") + ".", StringComparison.Ordinal))) modelState.Remove(key);
        }
    }

    public void Add(AgendaItem item, string property, string message) =>
        modelState.AddModelError(RowKey(item.GrantId, property), RowMessage(item, message));

    /// <summary>The refusals of a decide-all, whose property names count the chosen rows ("[2].Reason"), put back under their rows.</summary>
    public void AddAll(ValidationResult validation, IReadOnlyList<DecisionRow> chosen, IReadOnlyDictionary<int, AgendaItem> items)
    {
        foreach (var error in validation.Errors)
        {
            var (position, property) = SplitPosition(error.PropertyName);
            if (position is { } k && k < chosen.Count)
            {
                var grantId = chosen[k].GrantId;
                var message = items.TryGetValue(grantId, out var item) ? RowMessage(item, error.ErrorMessage) : error.ErrorMessage;
                modelState.AddModelError(RowKey(grantId, property), message);
            }
            else
            {
                modelState.AddModelError("", error.ErrorMessage);
            }
        }
    }

    /// <summary>The status line after one row is recorded.</summary>
    public string Recorded(AgendaItem item, DecisionRow row, IReadOnlyList<FundSourceLine> funds)
    {
        if (row.Outcome == DecisionOutcome.Rejected) return text["Decide.Rejected", item.HouseholdName];
        var fund = funds.FirstOrDefault(f => f.Id == row.FundSourceId)?.Name;
        return text["Decide.Approved", item.HouseholdName, Display.Money(row.ApprovedAmount ?? item.TotalAmount), fund ?? ""];
    }

    /// <summary>"[2].Reason" → (2, "Reason"); "[2]" → (2, ""); "" → (null, "").</summary>
    private static (int? Position, string Property) SplitPosition(string propertyName)
    {
        if (!propertyName.StartsWith('[')) return (null, propertyName);
        var close = propertyName.IndexOf(']', StringComparison.Ordinal);
        var position = int.Parse(propertyName[1..close], System.Globalization.CultureInfo.InvariantCulture);
        return (position, propertyName[(close + 1)..].TrimStart('.'));
    }

    private string RowMessage(AgendaItem item, string message) =>
        message.Contains(item.HouseholdName, StringComparison.Ordinal) ? message : text["Decision.RowMessage", item.HouseholdName, message];
}
