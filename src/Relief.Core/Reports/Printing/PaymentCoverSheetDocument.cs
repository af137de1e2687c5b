using System.Globalization;
using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.BankPayments;
using Relief.Pdf;

namespace Relief.Core.Reports.Printing;

/// <summary>
/// 付款审批单 of a bank payment batch: A4 portrait; the purpose, unit, count of payments and the total in figures and in
/// 大写; four signature boxes (经办人, 审核人, 工会主席审批, 财务) tall enough to sign and date by hand; then the batch's
/// lines (account numbers masked) with their total, so the signed sheet and the bank file can be checked line by line.
/// </summary>
public sealed class PaymentCoverSheetDocument(PaymentCoverSheet sheet, DateOnly madeOn, ReportFormat format, IStringLocalizer<CoreMessages> messages)
{
    private const float BodySize = 10.5f;
    private const float SignatureHeight = 58;

    public string Title => messages["Print.Cover.Title"];

    public Document Build() => Document.Create(document => document
        .Metadata(new DocumentMetadata
        {
            Title = $"{Title} · {sheet.BatchId.ToString(CultureInfo.InvariantCulture)}",
            Author = sheet.UnitName,
            Subject = sheet.CampaignName,
            CreationDate = new DateTimeOffset(madeOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        })
        .Page(page =>
        {
            page.Size(PageSizes.A4).MarginMillimetres(14, 16, 12, 16)
                .DefaultTextStyle(s => s.FontSize(BodySize).FontColor(PrintTable.Ink).LineHeight(1f));
            page.Header().PaddingBottom(8).Column(header =>
            {
                header.Spacing(4);
                header.Item().Text(Title).AlignCenter().FontSize(18).Bold();
                header.Item().Text(messages["Print.Cover.Subtitle", sheet.CampaignName, sheet.BatchId]).AlignCenter().FontSize(10.5f);
                header.Item().Row(row =>
                {
                    row.RelativeItem().Text(messages["Print.Cover.Unit", sheet.UnitName]);
                    row.RelativeItem().Text(messages["Print.Cover.Made", format.Date(madeOn)]).AlignRight();
                });
            });
            page.Footer().PaddingTop(6).Text(format.PageFooter).FontSize(9).FontColor(PrintTable.Muted).AlignRight();
            page.Content().Column(column =>
            {
                column.Spacing(12);
                column.Item().Element(Summary);
                column.Item().Element(Signatures);
                column.Item().Text(messages["Print.Cover.Details"]).Bold().FontSize(11);
                column.Item().Element(Lines);
            });
        }));

    private void Summary(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c =>
        {
            c.ConstantColumn(96);
            c.RelativeColumn();
        });
        Pair(table, messages["Print.Cover.Purpose"], messages["Print.Cover.PurposeText", sheet.CampaignName]);
        Pair(table, messages["Print.Cover.Count"], messages["Print.Cover.CountText", format.Count(sheet.LineCount), format.Count(sheet.Lines.Select(l => l.HouseholdId).Distinct().Count())]);
        Pair(table, messages["Print.Cover.Figures"], "¥" + format.Money(sheet.Total), bold: true);
        Pair(table, messages["Print.Cover.Capitals"], sheet.TotalInCapitals, bold: true);
    });

    private static void Pair(TableDescriptor table, string label, string value, bool bold = false)
    {
        PrintTable.Cell(table).Background(PrintTable.HeaderFill).Padding(7, 6).Text(label).Bold();
        var text = PrintTable.Cell(table).Padding(7, 6).Text(value);
        if (bold) text.Bold();
    }

    private void Signatures(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c =>
        {
            for (var i = 0; i < 4; i++) c.RelativeColumn();
        });
        PrintTable.Header(table, BodySize,
            (messages["Print.Cover.PreparedBy"], false), (messages["Print.Cover.CheckedBy"], false),
            (messages["Print.Cover.ApprovedBy"], false), (messages["Print.Cover.Finance"], false));
        PrintTable.Cell(table).MinHeight(SignatureHeight).Padding(6, 4).Text(sheet.CreatedBy).FontSize(8).FontColor(PrintTable.Muted);
        PrintTable.Cell(table).MinHeight(SignatureHeight).Padding(6, 4).Text("");
        PrintTable.Cell(table).MinHeight(SignatureHeight).Padding(6, 4).Text(sheet.ApprovedBy is { } chair && sheet.ApprovedAt is { } at
                ? messages["Print.Cover.Approved", format.Date(DateOnly.FromDateTime(at)), chair].Value
                : messages["Print.Cover.NotApproved"].Value)
            .FontSize(8).FontColor(PrintTable.Muted);
        PrintTable.Cell(table).MinHeight(SignatureHeight).Padding(6, 4).Text("");
    });

    private void Lines(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c =>
        {
            c.ConstantColumn(34);     // 序号
            c.ConstantColumn(80);     // 户名
            c.RelativeColumn();       // 开户行
            c.ConstantColumn(130);    // 账号 (masked)
            c.ConstantColumn(80);     // 金额
        });
        PrintTable.Header(table, BodySize - 1,
            (messages["Print.Col.Number"], false), (messages["Print.Cover.Holder"], false), (messages["Print.Cover.Bank"], false),
            (messages["Print.Cover.Account"], false), (messages["Print.Cover.Amount"], true));
        foreach (var line in sheet.Lines)
        {
            Cell(table).Text(line.Sequence.ToString(CultureInfo.InvariantCulture)).AlignCenter();
            Cell(table).Text(line.HolderName).AlignCenter();
            Cell(table).Text(line.BankName).FontSize(9);
            Cell(table).Text(line.AccountMasked).FontSize(9).AlignCenter();
            Cell(table).Text(format.Money(line.Amount)).AlignRight();
        }
        PrintTable.Cell(table, 4).Background(PrintTable.HeaderFill).Padding(5, 4)
            .Text($"{messages["Print.Cover.Total"]}（{messages["Print.Cover.CountText", format.Count(sheet.LineCount), format.Count(sheet.Lines.Select(l => l.HouseholdId).Distinct().Count())]}）").Bold();
        PrintTable.Cell(table).Background(PrintTable.HeaderFill).Padding(5, 4).Text(format.Money(sheet.Total)).Bold().AlignRight();
    });

    private static Container Cell(TableDescriptor table) => PrintTable.Cell(table).Padding(5, 4);
}
