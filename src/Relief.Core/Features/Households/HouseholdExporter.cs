using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Common.Spreadsheets;

namespace Relief.Core.Features.Households;

/// <summary>
/// Writes exactly the filtered household list to .xlsx, headed in the user's language, a row at a time as the query
/// reads them. Only what lists show: masked ID numbers, no phone, no illness details.
/// </summary>
public sealed class HouseholdExporter(HouseholdService households, IStringLocalizer<CoreMessages> messages)
{
    public async Task ExportAsync(HouseholdQuery query, Stream output, CancellationToken ct = default)
    {
        var filtered = await households.FilterAsync(query, ct);
        using var workbook = new XlsxWorkbookWriter(output);
        using var sheet = workbook.AddSheet(messages["Household.Export.SheetName"],
        [
            Column("Name", 12), Column("IdNumber", 22), Column("Unit", 24), Column("Categories", 24), Column("Level", 10),
            Column("Status", 10), Column("StatusSince", 12), Column("Region", 12), Column("IsRemote", 8),
            Column("FamilySize", 10), Column("PerCapitaIncome", 16), Column("IsPriority", 10),
        ]);
        await foreach (var h in filtered.Sort(query.Sort, query.Descending).ToListItems().AsAsyncEnumerable().WithCancellation(ct))
        {
            sheet.WriteRow(
                h.Name, h.IdNumberMasked, h.UnitName, messages.Labels(h.Categories), messages.Label(h.Level), messages.Label(h.Status),
                XlsxCell.Of(h.StatusSince), h.Region, YesNo(h.IsRemote), XlsxCell.Of(h.FamilySize), XlsxCell.Yuan(h.PerCapitaIncome),
                YesNo(h.IsPriority));
        }
    }

    private XlsxColumn Column(string field, double width) => new(messages[$"Household.Field.{field}"], width);

    private string YesNo(bool value) => value ? messages["Yes"].Value : messages["No"].Value;
}
