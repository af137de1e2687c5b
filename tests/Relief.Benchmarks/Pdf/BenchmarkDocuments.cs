using System.Globalization;
using Relief.Pdf;

namespace Relief.Benchmarks.Pdf;

/// <summary>The documents timed by the PDF benchmark: a long table and a text-heavy report.</summary>
internal static class BenchmarkDocuments
{
    public static readonly DateTimeOffset FixedDate = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Units = ["第一车间", "第二车间", "机修分厂", "动力车间", "后勤服务中心", "销售公司"];
    private static readonly string[] Names = ["张喆", "李堃", "王淼", "龚䶮", "赵建国", "钱秀英", "孙志强", "周海燕"];

    public static readonly string[] TableHeadings = ["序号", "姓名", "单位", "致困原因", "金额（元）"];

    public static readonly float[] TableColumnWeights = [1, 2, 3, 4, 2];

    public static (string Number, string Name, string Unit, string Reason, string Amount) Row(int row) => (
        row.ToString(CultureInfo.InvariantCulture),
        Names[row % Names.Length],
        Units[row % Units.Length],
        row % 3 == 0 ? "本人患重病，长期治疗" : "子女就学，家庭收入低",
        (1000 + (row * 7.5m)).ToString("N2", CultureInfo.InvariantCulture));

    public static Document Table(int rowCount) => Document.Create(document => document
        .Metadata(new DocumentMetadata { Title = "困难职工名册", CreationDate = FixedDate })
        .Page(page =>
        {
            page.Size(PageSizes.A4).MarginMillimetres(15);
            page.DefaultTextStyle(style => style.FontSize(9));
            page.Header().PaddingBottom(6).Text("困难职工名册").FontSize(14).Bold().AlignCenter();
            page.Content().Table(table =>
            {
                table.ColumnsDefinition(columns =>
                {
                    foreach (var weight in TableColumnWeights)
                    {
                        columns.RelativeColumn(weight);
                    }
                });
                table.Header(header =>
                {
                    foreach (var heading in TableHeadings)
                    {
                        header.Cell().Border(0.5f).Background("#EEF1F5").Padding(3, 4).Text(heading).Bold();
                    }
                });
                for (var row = 1; row <= rowCount; row++)
                {
                    var (number, name, unit, reason, amount) = Row(row);
                    table.Cell().Border(0.5f).Padding(3, 4).Text(number);
                    table.Cell().Border(0.5f).Padding(3, 4).Text(name);
                    table.Cell().Border(0.5f).Padding(3, 4).Text(unit);
                    table.Cell().Border(0.5f).Padding(3, 4).Text(reason);
                    table.Cell().Border(0.5f).Padding(3, 4).AlignRight().Text(amount);
                }
            });
            page.Footer().AlignCenter().Text("第 {n} 页 / 共 {N} 页").FontSize(9);
        }));

    public static Document Text(int paragraphCount) => Document.Create(document => document
        .Metadata(new DocumentMetadata { Title = "年度工作总结", CreationDate = FixedDate })
        .Page(page =>
        {
            page.Size(PageSizes.A4).MarginMillimetres(25, 20);
            page.DefaultTextStyle(style => style.FontSize(10.5f));
            page.Content().Column(column =>
            {
                column.Spacing(8);
                for (var paragraph = 0; paragraph < paragraphCount; paragraph++)
                {
                    if (paragraph % 6 == 0)
                    {
                        column.Item().Text($"{paragraph / 6 + 1}、工作情况").FontSize(13).Bold();
                    }

                    column.Item().Text(
                        $"本年度，工会坚持精准识别、精准帮扶、动态管理的原则，第{paragraph + 1}次组织基层工会逐户走访核实困难职工家庭。" +
                        "全年发放生活救助、医疗救助和金秋助学资金，资金使用严格按照申报、公示、审批、发放流程办理，" +
                        "全部通过银行代发，做到账目清楚、公开透明。The Relief system records every grant and is reconciled " +
                        "with the finance ledger each month, so that auditors can trace each payment to its approval.")
                        .Justify().LineSpacing(1.3f);
                }
            });
            page.Footer().AlignCenter().Text("第 {n} 页 / 共 {N} 页").FontSize(9);
        }));
}
