using Relief.Core.Features.Households;
using Relief.Pdf;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>The hotline and donated-goods tables of the appendix.</summary>
public sealed partial class YearEndSummaryDocument
{
    private void HotlineTable(Container container) => container.Table(table =>
    {
        var hotline = figures.HotlineGoods;
        table.ColumnsDefinition(c => { c.RelativeColumn(3); c.RelativeColumn(2); });
        Header(table, "Summary.Col.Item", "Summary.Col.Figure");
        Pair(table, "Summary.Row.HotlineNumber", hotline.HotlineNumber ?? messages["Summary.NoHotline"]);
        Pair(table, "Summary.Row.HotlineHours", hotline.DutyHours is null ? messages["Summary.NoHotline"]
            : hotline.HoursPerDay is { } hours ? messages["Summary.HoursPerDay", hotline.DutyHours, hours] : hotline.DutyHours);
        Pair(table, "Summary.Row.HotlineCalls", format.Count(hotline.Calls));
        foreach (var line in hotline.CallCategories.OrderByDescending(c => c.Calls).ThenBy(c => c.Category))
        {
            Cell(table, messages["Summary.Row.CallsOfCategory", messages.Label(line.Category)]);
            Number(table, format.Count(line.Calls));
        }
        Pair(table, "Summary.Row.CallsToConcerns", format.Count(hotline.CallsToConcerns));
        Pair(table, "Summary.Row.CallsToApplications", format.Count(hotline.CallsToApplications));
    });

    private void GoodsTable(Container container) => container.Table(table =>
    {
        var goods = figures.HotlineGoods;
        table.ColumnsDefinition(c => { c.RelativeColumn(1.6f); c.RelativeColumn(0.7f); c.RelativeColumn(); c.RelativeColumn(); c.RelativeColumn(); c.RelativeColumn(1.2f); c.RelativeColumn(1.2f); });
        Header(table, "Summary.Col.GoodsItem", "Summary.Col.GoodsUnit", "Summary.Col.GoodsReceived", "Summary.Col.GoodsHandedOut", "Summary.Col.GoodsLeft",
            "Summary.Col.GoodsReceivedValue", "Summary.Col.GoodsHandedOutValue");
        foreach (var line in goods.Goods.OrderBy(g => g.ItemName, StringComparer.Ordinal).ThenBy(g => g.Unit, StringComparer.Ordinal))
        {
            Cell(table, line.ItemName);
            Cell(table, line.Unit);
            Number(table, Quantity(line.Received));
            Number(table, Quantity(line.HandedOut));
            Number(table, Quantity(line.Balance));
            Number(table, format.Money(line.ReceivedValue));
            Number(table, format.Money(line.HandedOutValue));
        }
        table.Footer(f =>
        {
            TotalCell(f.Cell(5), messages["Summary.GoodsTotal", format.Count(goods.Donors)], alignRight: false);
            TotalCell(f.Cell(), format.Money(goods.GoodsReceivedValue));
            TotalCell(f.Cell(), format.Money(goods.GoodsHandedOutValue));
        });
    });

    private static string Quantity(decimal value) => value.ToString("#,##0.###", System.Globalization.CultureInfo.InvariantCulture);
}
