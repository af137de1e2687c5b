using System.Globalization;

namespace Relief.Pdf.Tests.Support;

/// <summary>Documents shared by several tests, built with the public API only.</summary>
internal static class TestDocuments
{
    public static readonly DateTimeOffset FixedDate = new(2026, 1, 15, 9, 30, 0, TimeSpan.FromHours(8));

    public static DocumentMetadata Metadata(string title) => new()
    {
        Title = title,
        Author = "工会办公室",
        Subject = "测试",
        CreationDate = FixedDate,
    };

    /// <summary>A one-column document of paragraphs on A4 with a page-number footer.</summary>
    public static Document Paragraphs(IEnumerable<string> paragraphs, string title = "段落") =>
        Document.Create(document => document
            .Metadata(Metadata(title))
            .Page(page =>
            {
                page.Size(PageSizes.A4).MarginMillimetres(20);
                page.Content().Column(column =>
                {
                    column.Spacing(6);
                    foreach (var paragraph in paragraphs)
                    {
                        column.Item().Text(paragraph).FontSize(12);
                    }
                });
                page.Footer().AlignCenter().Text("第 {n} 页 / 共 {N} 页").FontSize(9);
            }));

    public static Document Table(int rowCount, string title = "名册") =>
        Document.Create(document => document
            .Metadata(Metadata(title))
            .Page(page =>
            {
                page.Size(PageSizes.A4).MarginMillimetres(15);
                page.DefaultTextStyle(style => style.FontSize(9));
                page.Header().PaddingBottom(6).Text(title).FontSize(14).Bold().AlignCenter();
                page.Content().Table(table =>
                {
                    table.ColumnsDefinition(columns =>
                    {
                        columns.ConstantColumn(50);
                        columns.RelativeColumn(2);
                        columns.RelativeColumn(3);
                        columns.RelativeColumn(2);
                    });
                    table.Header(header =>
                    {
                        foreach (var heading in new[] { "序号", "姓名", "单位", "金额（元）" })
                        {
                            header.Cell().Element(HeaderCell).Text(heading).Bold();
                        }
                    });
                    for (var row = 1; row <= rowCount; row++)
                    {
                        table.Cell().Element(BodyCell).Text(RowKey(row));
                        table.Cell().Element(BodyCell).Text($"职工{row}");
                        table.Cell().Element(BodyCell).Text("第一车间");
                        table.Cell().Element(BodyCell).AlignRight().Text(Amount(row));
                    }

                    table.Footer(footer =>
                    {
                        footer.Cell(columnSpan: 3).Element(HeaderCell).Text("合计").Bold();
                        footer.Cell().Element(HeaderCell).AlignRight().Text(Total(rowCount)).Bold();
                    });
                });
                page.Footer().AlignCenter().Text("第 {n} 页 / 共 {N} 页").FontSize(9);
            }));

    public static string RowKey(int row) => $"R{row:D4}";

    public static string Amount(int row) => (row * 12.5m).ToString("N2", CultureInfo.InvariantCulture);

    public static string Total(int rowCount) =>
        Enumerable.Range(1, rowCount).Sum(row => row * 12.5m).ToString("N2", CultureInfo.InvariantCulture);

    public static Container HeaderCell(Container cell) => cell.Border(0.5f).Background("#EEF1F5").Padding(3, 4);

    public static Container BodyCell(Container cell) => cell.Border(0.5f).Padding(3, 4);
}
