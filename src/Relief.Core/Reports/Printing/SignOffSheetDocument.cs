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
/// in 大写 and a signature box tall enough to sign by hand; the total row, in figures and 大写, after the last line.
/// </summary>
public sealed class SignOffSheetDocument(SignOffSheet sheet, DateOnly madeOn, ReportFormat format, IStringLocalizer<CoreMessages> messages)
{
    /// <summary>About 11 mm: room for a signature written with a pen, as paper sign-off forms give.</summary>
    public const float SignatureHeight = 31;

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
            page.Size(PageSizes.A4.Landscape()).MarginMillimetres(14, 12, 14, 10)
                .DefaultTextStyle(s => s.FontSize(BodySize).FontColor(PrintTable.Ink).LineHeight(1.3f));
            page.Header().PaddingBottom(6).Column(header =>
            {
                header.Spacing(4);
                header.Item().Text(Title).AlignCenter().FontSize(17).Bold();
                header.Item().Row(row =>
                {
                    row.RelativeItem().Text(messages["Print.SignOff.Unit", sheet.UnitName]).FontSize(10.5f);
                    row.RelativeItem().Text(messages["Print.SignOff.Made", format.Date(madeOn)]).FontSize(10.5f).AlignRight();
                });
            });
            page.Footer().PaddingTop(8).Row(row =>
            {
                row.RelativeItem().Text(messages["Print.SignOff.Handler"]).FontSize(10.5f);
                row.RelativeItem().Text(messages["Print.SignOff.Checker"]).FontSize(10.5f);
                row.RelativeItem().Text(messages["Print.SignOff.Head"]).FontSize(10.5f);
                row.ConstantItem(120).Text(format.PageFooter).FontSize(9).FontColor(PrintTable.Muted).AlignRight();
            });
            page.Content().Element(Lines);
        }));

    private void Lines(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c =>
        {
            c.ConstantColumn(32);      // 序号
            c.ConstantColumn(58);      // 姓名
            c.ConstantColumn(66);      // 类别
            c.ConstantColumn(54);      // 补助类型
            c.RelativeColumn(1.1f);    // 实物: a holiday parcel (米2袋、面1袋、油1桶) on one line
            c.ConstantColumn(74);      // 小写
            c.ConstantColumn(132);     // 大写
            c.ConstantColumn(96);      // 签字
            c.ConstantColumn(56);      // 日期
            c.RelativeColumn(0.9f);    // 备注
        });
        PrintTable.Header(table, BodySize,
            (messages["Print.Col.Number"], false), (messages["Print.Col.Name"], false), (messages["Print.Col.Category"], false),
            (messages["Print.Col.Kind"], false), (messages["Print.SignOff.Items"], false), (messages["Print.SignOff.Figures"], true),
            (messages["Print.SignOff.Capitals"], false), (messages["Print.SignOff.Signature"], false), (messages["Print.SignOff.Date"], false),
            (messages["Print.SignOff.Note"], false));
        foreach (var row in sheet.Rows)
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
            Line(table).Text(row.PaidOn is { } paidOn
                ? messages["Print.SignOff.Paid", format.Date(paidOn), row.Method is { } method ? messages.Label(method) : ""].Value
                : "").FontSize(8.5f).LineSpacing(1.2f);
        }
        if (sheet.Rows.Count == 0)
            Line(table, 10).Text(messages["Print.SignOff.Empty"]).AlignCenter().FontColor(PrintTable.Muted);
        table.Footer(footer =>
        {
            PrintTable.FooterCell(footer, 5).Padding(8, 4).Text(messages["Print.SignOff.Total", format.Count(sheet.Rows.Count)]).Bold();
            PrintTable.FooterCell(footer).Padding(8, 4).Text(format.Money(sheet.Total)).Bold().AlignRight();
            PrintTable.FooterCell(footer, 2).Padding(8, 4).Text(sheet.TotalInCapitals).Bold();
            PrintTable.FooterCell(footer, 2).Padding(8, 4).Text("");
        });
    });

    /// <summary>A body cell at least as tall as a signature needs; one line of text sits about midway.</summary>
    private static Container Line(TableDescriptor table, int columnSpan = 1) =>
        PrintTable.Cell(table, columnSpan).MinHeight(SignatureHeight).Padding(6, 4);
}
