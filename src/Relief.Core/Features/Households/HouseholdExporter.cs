using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Relief.Core.Common;

namespace Relief.Core.Features.Households;

/// <summary>
/// Writes exactly the filtered household list to .xlsx, headed in the user's language. Only what lists show:
/// masked ID numbers, no phone, no illness details.
/// </summary>
public sealed class HouseholdExporter(HouseholdService households, IStringLocalizer<CoreMessages> messages)
{
    public async Task ExportAsync(HouseholdQuery query, Stream output, CancellationToken ct = default)
    {
        var filtered = await households.FilterAsync(query, ct);
        var rows = await filtered.Sort(query.Sort, query.Descending).ToListItems().ToListAsync(ct);
        var sheet = rows.Select(ToRow).ToList();
        if (sheet.Count == 0) sheet.Add(EmptyRow());
        await MiniExcel.SaveAsAsync(output, sheet, sheetName: messages["Household.Export.SheetName"], cancellationToken: ct);
    }

    private Dictionary<string, object?> ToRow(HouseholdListItem h) => new()
    {
        [messages["Household.Field.Name"]] = h.Name,
        [messages["Household.Field.IdNumber"]] = h.IdNumberMasked,
        [messages["Household.Field.Unit"]] = h.UnitName,
        [messages["Household.Field.Categories"]] = messages.Labels(h.Categories),
        [messages["Household.Field.Level"]] = messages.Label(h.Level),
        [messages["Household.Field.Status"]] = messages.Label(h.Status),
        [messages["Household.Field.StatusSince"]] = h.StatusSince.ToDateTime(TimeOnly.MinValue),
        [messages["Household.Field.Region"]] = h.Region,
        [messages["Household.Field.IsRemote"]] = h.IsRemote ? messages["Yes"].Value : messages["No"].Value,
        [messages["Household.Field.FamilySize"]] = h.FamilySize,
        [messages["Household.Field.PerCapitaIncome"]] = h.PerCapitaIncome,
        [messages["Household.Field.IsPriority"]] = h.IsPriority ? messages["Yes"].Value : messages["No"].Value,
    };

    /// <summary>An empty list still gets its header row, so the file is recognisably the export asked for.</summary>
    private Dictionary<string, object?> EmptyRow() => ToRow(new HouseholdListItem(
        0, "", "", 0, "", [], default, default, default, null, false, 0, null, false)).Keys.ToDictionary(k => k, _ => (object?)null);
}
