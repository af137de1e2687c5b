using Microsoft.Extensions.Localization;
using Relief.Core.Common;
using Relief.Core.Features.Hotline;
using Relief.Core.Features.Households;
using Relief.Core.Features.Notices;
using Relief.Pdf;

namespace Relief.Core.Reports.Printing;

/// <summary>
/// 公示 for the notice board: A4, a title readable from a few steps away, the notice's five columns exactly as posted
/// (names masked if the notice says so; never an ID number, address or illness), the period, where and how to object,
/// and the issuing unit and date. The column header repeats on every page of a long notice.
/// </summary>
/// <remarks>The campaign's relief hotline, when it has one, is printed under the terms, as on the HTML print view.</remarks>
public sealed class NoticeDocument(NoticeView notice, HotlineLine? hotline, ReportFormat format, IStringLocalizer<CoreMessages> messages)
{
    private const float BodySize = 11.5f;

    public Document Build() => Document.Create(document => document
        .Metadata(new DocumentMetadata
        {
            Title = notice.Title,
            Author = notice.UnitName,
            Subject = notice.CampaignName,
            CreationDate = new DateTimeOffset(notice.PostedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        })
        .Page(page =>
        {
            page.Size(PageSizes.A4).MarginMillimetres(18, 18, 18, 14)
                .DefaultTextStyle(s => s.FontSize(BodySize).FontColor(PrintTable.Ink).LineHeight(1.3f));
            page.Footer().PaddingTop(4).AlignCenter().Text(format.PageFooter).FontSize(9).FontColor(PrintTable.Muted);
            page.Content().Column(column =>
            {
                column.Spacing(10);
                var (title, batch) = TitleLines(notice.Title);
                column.Item().PaddingTop(6).Text(title).AlignCenter().FontSize(24).Bold().LineSpacing(1.3f);
                if (batch is not null) column.Item().Text(batch).AlignCenter().FontSize(17).Bold();
                column.Item().Text(t =>
                {
                    t.Span(Indent + messages["Print.Notice.Lead", notice.UnitName, notice.CampaignName]);
                    if (notice.MaskNames) t.Span(messages["Print.Notice.Masked"]);
                    t.Justify().LineSpacing(1.6f).FontSize(12.5f);
                });
                column.Item().Element(Rows);
                column.Item().ShowEntire().PaddingTop(4).Column(terms =>
                {
                    terms.Spacing(6);
                    terms.Item().Text(Indent + messages["Print.Notice.Period", format.Date(notice.PostedOn), format.Date(notice.EndsOn)]).FontSize(12.5f);
                    if (notice.Location is { Length: > 0 } location)
                        terms.Item().Text(Indent + messages["Print.Notice.Location", location]).FontSize(12.5f);
                    var contact = notice.ObjectionContact is { Length: > 0 } given ? given : messages["Print.Notice.HowToObject", notice.UnitName].Value;
                    terms.Item().Text(Indent + contact).FontSize(12.5f).Justify();
                    if (hotline is not null)
                        terms.Item().Text(Indent + messages["Print.Notice.Hotline", hotline.PhoneNumber, hotline.DutyHours]).FontSize(12.5f).Bold();
                    // 落款: the issuing union and the posting date, kept on the page of the terms above.
                    terms.Item().PaddingTop(16).AlignRight().Column(signature =>
                    {
                        signature.Spacing(4);
                        signature.Item().AlignCenter().Text(notice.UnitName).FontSize(12.5f);
                        signature.Item().AlignCenter().Text(format.Date(notice.PostedOn)).FontSize(12.5f);
                    });
                });
            });
        }));

    /// <summary>
    /// A batch in brackets at the end of the title (（第一批）) goes on a second, smaller line, so a long title never
    /// breaks inside the bracket.
    /// </summary>
    private static (string Title, string? Batch) TitleLines(string title)
    {
        var open = title.LastIndexOfAny(['（', '(']);
        return open > 0 && title[^1] is '）' or ')' ? (title[..open].TrimEnd(), title[open..]) : (title, null);
    }

    /// <summary>Chinese paragraphs open with a two-character indent, as official notices do.</summary>
    private string Indent => format.IsChinese ? "　　" : "";

    private static Container Row(TableDescriptor table) => PrintTable.Cell(table).Padding(3.5f, 4);

    private void Rows(Container container) => container.Table(table =>
    {
        table.ColumnsDefinition(c =>
        {
            c.ConstantColumn(36);
            c.RelativeColumn(1.1f);
            c.RelativeColumn(2.9f);
            c.RelativeColumn(1.5f);
            c.RelativeColumn(1.25f);
            c.RelativeColumn(1.25f);
        });
        PrintTable.Header(table, BodySize,
            (messages["Print.Col.Number"], false), (messages["Print.Col.Name"], false), (messages["Print.Col.Unit"], false),
            (messages["Print.Col.Category"], false), (messages["Print.Col.Kind"], false), (messages["Print.Col.Amount"], true));
        var number = 0;
        foreach (var row in notice.Rows)
        {
            Row(table).Text(format.Count(++number)).AlignCenter();
            Row(table).Text(row.Name).AlignCenter();
            Row(table).Text(row.UnitName);
            Row(table).Text(messages.Label(row.Category)).AlignCenter();
            Row(table).Text(messages.Label(row.Kind)).AlignCenter();
            Row(table).Text(format.Money(row.Amount)).AlignRight();
        }
        table.Footer(footer =>
        {
            PrintTable.FooterCell(footer, 5).Padding(5, 4).Text(messages["Print.Notice.Total", format.Count(notice.Rows.Count)]).Bold();
            PrintTable.FooterCell(footer).Padding(5, 4).Text(format.Money(notice.Total)).Bold().AlignRight();
        });
    });
}
