using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Relief.Core.Features.Grants;

namespace Relief.Web.Pages.Grants;

/// <summary>
/// The in-kind item rows of the application and bulk forms (米、面、油…), which work without JavaScript: "add" (blank or
/// a common item) and "remove" are ordinary submit buttons; a row left completely empty is dropped before saving.
/// </summary>
public static class GrantForm
{
    public const int MaxItems = 20;

    /// <summary>The common holiday parcel items offered as one-tap rows; name and unit come from the resources.</summary>
    public static readonly IReadOnlyList<string> Presets = ["Rice", "Flour", "Oil"];

    public static void AddItem(List<GrantItemInput> items, string? preset, IStringLocalizer<GrantsResource> text)
    {
        if (items.Count >= MaxItems) return;
        var known = preset is not null && Presets.Contains(preset);
        items.Add(new GrantItemInput
        {
            Name = known ? text[$"Item.{preset}"] : "",
            Unit = known ? text[$"Item.{preset}.Unit"] : "",
        });
    }

    public static void RemoveItem(List<GrantItemInput> items, int index)
    {
        if (index >= 0 && index < items.Count) items.RemoveAt(index);
    }

    public static void DropBlankItems(List<GrantItemInput> items) =>
        items.RemoveAll(i => string.IsNullOrWhiteSpace(i.Name) && string.IsNullOrWhiteSpace(i.Unit) && i.Quantity == 0 && i.UnitValue == 0);

    /// <summary>
    /// An amount, quantity or unit value left empty is 0, so the validator can say what is missing in words ("请填写现金金额或
    /// 慰问物品", "数量必须大于 0"); anything else the binder could not read stays an error.
    /// </summary>
    public static void ForgiveEmptyNumbers(ModelStateDictionary modelState)
    {
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count > 0 && string.IsNullOrWhiteSpace(entry.AttemptedValue)
                && (key.EndsWith(".CashAmount", StringComparison.Ordinal) || key.EndsWith(".Quantity", StringComparison.Ordinal)
                    || key.EndsWith(".UnitValue", StringComparison.Ordinal)))
            {
                entry.Errors.Clear();
                entry.ValidationState = ModelValidationState.Valid;
            }
        }
    }
}
