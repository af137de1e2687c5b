using Relief.Core.Common;
using Relief.Core.Features.Households;
using Relief.Pdf;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>The hotline and donated-goods tables of the appendix.</summary>
public sealed partial class YearEndSummaryDocument
{
    private void HotlineTable(Container container) => container.Column(column =>
    {
        var hotline = figures.HotlineGoods;
        column.Spacing(6);
        column.Item().Table(table =>
        {
            table.ColumnsDefinition(c => { c.RelativeColumn(3); c.RelativeColumn(2); });
            Header(table, "Summary.Col.Item", "Summary.Col.Figure");
            Pair(table, "Summary.Row.HotlineNumber", hotline.HotlineNumber ?? messages["Summary.NoHotline"]);
            Pair(table, "Summary.Row.HotlineHours", hotline.DutyHours ?? messages["Summary.NoHotline"]);
            if (hotline.HoursPerDay is { } hours) Pair(table, "Summary.Row.HoursPerDay", format.Count(hours));
            Pair(table, "Summary.Row.HotlineCalls", format.Count(hotline.Calls));
            Pair(table, "Summary.Row.CallsToConcerns", format.Count(hotline.CallsToConcerns));
            Pair(table, "Summary.Row.CallsToApplications", format.Count(hotline.CallsToApplications));
        });
        // The calls by category, two categories to a row, so ten categories take five lines.
        var lines = hotline.CallCategories.OrderByDescending(c => c.Calls).ThenBy(c => c.Category).ToList();
        column.Item().ShowIf(lines.Count > 0).Table(table =>
        {
            table.ColumnsDefinition(c => { c.RelativeColumn(2); c.RelativeColumn(); c.RelativeColumn(2); c.RelativeColumn(); });
            // Two label-and-figure pairs side by side: each label left, each figure right, as in the other tables.
            table.Header(header =>
            {
                for (var pair = 0; pair < 2; pair++)
                {
                    header.Cell().Background(HeaderFill).Border(0.5f, Rule).Padding(4, 3).Text(messages["Summary.Col.CallCategory"]).Bold().FontSize(9.5f);
                    header.Cell().Background(HeaderFill).Border(0.5f, Rule).Padding(4, 3).Text(messages["Summary.Col.Calls"]).Bold().FontSize(9.5f).AlignRight();
                }
            });
            for (var i = 0; i < lines.Count; i++)
            {
                Cell(table, messages.Label(lines[i].Category));
                Number(table, format.Count(lines[i].Calls));
            }
            if (lines.Count % 2 == 1)
            {
                Cell(table, "");
                Cell(table, "");
            }
        });
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
