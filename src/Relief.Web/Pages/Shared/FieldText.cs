using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Localization;
using Relief.Core;
using Relief.Web.Pages.Households;

namespace Relief.Web.Pages.Shared;

/// <summary>Names and values of an input's fields as people read them, for the conflict view of any edit page.</summary>
public sealed class FieldText(IStringLocalizer<CoreMessages> messages, IStringLocalizer<SharedResource> shared)
{
    /// <summary>"Household" + "Phone" reads "Household.Field.Phone"; ids drop their suffix ("OrgUnitId" → "Unit", "HouseholdIds" → "Households").</summary>
    public string Label(string prefix, string field)
    {
        foreach (var name in LabelCandidates(field))
        {
            var label = messages[$"{prefix}.Field.{name}"];
            if (!label.ResourceNotFound) return label.Value;
        }
        // A service event's counts are named by their figure ("ServiceEventFigure.Participants").
        var figure = messages[$"{prefix}Figure.{field}"];
        return figure.ResourceNotFound ? field : figure.Value;
    }

    /// <summary>A field's value as text; a password is never echoed.</summary>
    public string Value(string field, object? value) =>
        field.Contains("Password", StringComparison.Ordinal) && value is string { Length: > 0 } ? "••••••" : Value(value);

    public string Value(object? value) => value switch
    {
        null => shared["Common.None"],
        string text => string.IsNullOrWhiteSpace(text) ? shared["Common.None"] : text,
        bool flag => shared[flag ? "Common.Yes" : "Common.No"],
        Enum item => EnumLabel(item),
        DateOnly date => Display.Date(date),
        DateTime stamp => Display.Stamp(stamp),
        decimal amount => amount.ToString("N2", CultureInfo.CurrentCulture),
        IFormattable number when value.GetType().IsPrimitive => number.ToString(null, CultureInfo.CurrentCulture),
        IEnumerable items => List(items),
        _ => Nested(value),
    };

    private string EnumLabel(Enum item)
    {
        var label = messages[$"{item.GetType().Name}.{item}"];
        return label.ResourceNotFound ? item.ToString() : label.Value;
    }

    private string List(IEnumerable items)
    {
        var texts = items.Cast<object?>().Select(Value).ToList();
        return texts.Count == 0 ? shared["Common.None"] : string.Join("；", texts);
    }

    /// <summary>A row of a nested list (a family member, an attendee): its filled-in values, without its id.</summary>
    private string Nested(object value)
    {
        var parts = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p is { CanRead: true, CanWrite: true } && p.GetIndexParameters().Length == 0 && p.Name is not ("Id" or "Version"))
            .Select(p => p.GetValue(value))
            .Where(v => v is not null && v is not "" && v is not false)
            .Select(Value);
        return string.Join(" ", parts);
    }

    private static IEnumerable<string> LabelCandidates(string field)
    {
        yield return field;
        foreach (var suffix in (string[])["UserId", "Ids", "Id"])
        {
            if (!field.EndsWith(suffix, StringComparison.Ordinal) || field.Length == suffix.Length) continue;
            var stem = field[..^suffix.Length];
            yield return suffix == "Ids" ? stem + "s" : stem;
            // "OrgUnitId" is labelled "Unit": the last word of the stem.
            var lastWord = stem.LastOrDefault(char.IsUpper) is var upper && upper != default ? stem[stem.LastIndexOf(upper)..] : stem;
            yield return suffix == "Ids" ? lastWord + "s" : lastWord;
        }
    }
}
