using System.Globalization;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Grants;
using Relief.Core.Features.Households;
using Relief.Pdf;

namespace Relief.Core.Reports.Printing;

/// <summary>
/// 签领表 of one unit: A4 landscape; on every page the sheet's title and unit, the column header, and the lines for
/// the one who paid out, the checker and the head of unit, with 第 n 页 / 共 N 页; each line the amount in figures and
/// in 大写 and a signature box tall enough to sign by hand; 本页小计 at the foot of every page and 合计 after the last
/// line, in figures and 大写. The sheet is cut into pages of <see cref="RowsPerPage"/> lines here, so each page's
/// subtotal is of exactly the lines above it.
/// </summary>
public sealed class SignOffSheetDocument(SignOffSheet sheet, DateOnly madeOn, ReportFormat format, IStringLocalizer<CoreMessages> messages)
{
    /// <summary>About 9 mm: room for a signature written with a pen, and fifteen of them on a landscape page.</summary>
    public const float SignatureHeight = 26;

    public const int RowsPerPage = 15;

    private const float BodySize = 10;

    public string Title => messages["Print.SignOff.Title", sheet.CampaignName];

    public Document Build() => Document.Create(document => document
        .Metadata(new DocumentMetadata
        {
            Title = $"{Title} · {sheet.UnitName}",
            Author = sheet.UnitName,
            Subject = sheet.CampaignName,
            CreationDate = new DateTimeOffset(madeOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        })
        .Page(page =>
        {
            page.Size(PageSizes.A4.Landscape()).MarginMillimetres(9, 12, 8, 10)
                .DefaultTextStyle(s => s.FontSize(BodySize).FontColor(PrintTable.Ink).LineHeight(1f));
            page.Header().PaddingBottom(6).Column(header =>
            {
                header.Spacing(4);
                header.Item().Text(Title).AlignCenter().FontSize(15).Bold();
                header.Item().Row(row =>
                {
                    row.RelativeItem().Text(messages["Print.SignOff.Unit", sheet.UnitName]).FontSize(10.5f);
                    row.RelativeItem().Text(messages["Print.SignOff.Made", format.Date(madeOn)]).FontSize(10.5f).AlignRight();
                });
            });
            page.Footer().PaddingTop(6).Row(row =>
            {
                row.RelativeItem().Text(messages["Print.SignOff.Handler"]).FontSize(10.5f);
                row.RelativeItem().Text(messages["Print.SignOff.Checker"]).FontSize(10.5f);
                row.RelativeItem().Text(messages["Print.SignOff.Head"]).FontSize(10.5f);
                row.ConstantItem(120).Text(format.PageFooter).FontSize(9).FontColor(PrintTable.Muted).AlignRight();
            });
            page.Content().Column(column =>
            {
                var pages = sheet.Rows.Chunk(RowsPerPage).ToList();
                if (pages.Count == 0) column.Item().Element(c => Lines(c, [], isLast: true));
                for (var i = 0; i < pages.Count; i++)
                {
                    if (i > 0) column.Item().PageBreak();
                    var rows = pages[i];
                    column.Item().Element(c => Lines(c, rows, isLast: rows == pages[^1]));
                }
            });
        }));

    private void Lines(Container container, SignOffRow[] rows, bool isLast) => container.Table(table =>
    {
        table.ColumnsDefinition(c =>
        {
            c.ConstantColumn(28);      // 序号
            c.ConstantColumn(70);      // 姓名: six characters on one line
            c.ConstantColumn(70);      // 类别: 退休/退养人员 on one line
            c.ConstantColumn(58);      // 补助类型: 节日慰问金 on one line
            c.RelativeColumn(0.9f);    // 实物: a holiday parcel (米2袋、面1袋、油1桶)
            c.ConstantColumn(72);      // 小写: 99,999.00 and its header
            c.ConstantColumn(128);     // 大写
            c.ConstantColumn(72);      // 签字
            c.ConstantColumn(48);      // 日期
            c.RelativeColumn(1.1f);    // 备注: when and how paid, cash and goods each with its amount
        });
        PrintTable.Header(table, BodySize,
            (messages["Print.Col.Number"], false), (messages["Print.Col.Name"], false), (messages["Print.Col.Category"], false),
            (messages["Print.Col.Kind"], false), (messages["Print.SignOff.Items"], false), (messages["Print.SignOff.Figures"], true),
            (messages["Print.SignOff.Capitals"], false), (messages["Print.SignOff.Signature"], false), (messages["Print.SignOff.Date"], false),
            (messages["Print.SignOff.Note"], false));
        foreach (var row in rows)
        {
            // Plain digits: "10000" stays on one line where "10,000" would not.
            Line(table).Text(row.Number.ToString(CultureInfo.InvariantCulture)).AlignCenter();
            Line(table).Text(row.HouseholdName).AlignCenter();
            Line(table).Text(messages.Label(row.Category)).FontSize(9).AlignCenter();
            Line(table).Text(messages.Label(row.Kind)).FontSize(9).AlignCenter();
            Line(table).Text(row.Items ?? "").FontSize(9);
            Line(table).Text(format.Money(row.Amount)).AlignRight();
            Line(table).Text(row.AmountInCapitals);
            Line(table).Text("");
            Line(table).Text("");
            Line(table).Text(row.PaidOn is { } paidOn ? messages["Print.SignOff.Paid", format.Date(paidOn), Parts(row)].Value : "")
                .FontSize(8).LineSpacing(1.15f);
        }
        if (sheet.Rows.Count == 0)
            Line(table, 10).Text(messages["Print.SignOff.Empty"]).AlignCenter().FontColor(PrintTable.Muted);
        else
            SumRow(table, messages["Print.SignOff.PageSubtotal", format.Count(rows.Length)], rows.Sum(r => r.Amount));
        if (isLast) SumRow(table, messages["Print.SignOff.Total", format.Count(sheet.Rows.Count)], sheet.Total);
    });

    private void SumRow(TableDescriptor table, string label, decimal amount)
    {
        Sum(table, 5).Text(label).Bold();
        Sum(table).Text(format.Money(amount)).Bold().AlignRight();
        Sum(table, 2).Text(ChineseAmount.ToCapital(amount)).Bold();
        Sum(table, 2).Text("");
    }

    private static Container Sum(TableDescriptor table, int columnSpan = 1) =>
        PrintTable.Cell(table, columnSpan).Background(PrintTable.HeaderFill).Padding(6, 4);

    /// <summary>What the line holds, truthfully: 现金 500.00 元 + 实物 264.00 元 (the cash part named by how it was paid).</summary>
    private string Parts(SignOffRow row)
    {
        var cash = row.Method == DisbursementMethod.BankTransfer ? messages.Label(DisbursementMethod.BankTransfer) : messages.Label(DisbursementMethod.Cash);
        var parts = new List<string>();
        if (row.CashAmount > 0) parts.Add(messages["Print.SignOff.Part", cash, format.Money(row.CashAmount)]);
        if (row.InKindValue > 0) parts.Add(messages["Print.SignOff.Part", messages.Label(DisbursementMethod.Goods), format.Money(row.InKindValue)]);
        return string.Join(" + ", parts);
    }

    /// <summary>A body cell at least as tall as a signature needs; one line of text sits about midway.</summary>
    private static Container Line(TableDescriptor table, int columnSpan = 1) =>
        PrintTable.Cell(table, columnSpan).MinHeight(SignatureHeight).Padding(6, 4);
}
