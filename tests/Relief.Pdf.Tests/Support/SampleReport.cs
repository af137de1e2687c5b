using System.Globalization;

namespace Relief.Pdf.Tests.Support;

/// <summary>A three-page year-end report: title block, prose, two tables and a chart, like the real one.</summary>
internal static class SampleReport
{
    private static readonly string[] Units = ["第一车间", "第二车间", "机修分厂", "动力车间", "后勤服务中心", "销售公司"];

    public static Document Create(int seed = 1) => Document.Create(document => document
        .Metadata(TestDocuments.Metadata($"2025年度困难职工帮扶工作总结 {seed}"))
        .Page(page =>
        {
            page.Size(PageSizes.A4).MarginMillimetres(25, 20);
            page.DefaultTextStyle(style => style.FontSize(10.5f));
            page.Header().Column(column =>
            {
                column.Item().Row(row =>
                {
                    row.RelativeItem().Text("某某市总工会").FontSize(9).FontColor("#555555");
                    row.RelativeItem().AlignRight().Text("内部资料 注意保存").FontSize(9).FontColor("#555555");
                });
                column.Item().PaddingTop(2).LineHorizontal(0.75f, "#9A1B1B");
            });
            page.Content().PaddingVertical(10).Column(column =>
            {
                column.Spacing(8);
                column.Item().PaddingTop(6).Text("2025年度困难职工帮扶工作总结").FontSize(18).Bold().AlignCenter();
                column.Item().Text($"（{2026}年1月15日 工会办公室）").FontSize(10).FontColor("#444444").AlignCenter();
                column.Item().PaddingTop(4).Text("一、总体情况").FontSize(13).Bold();
                for (var paragraph = 0; paragraph < 3; paragraph++)
                {
                    column.Item().Text(
                        "本年度，市总工会坚持“精准识别、精准帮扶、动态管理”的原则，组织基层工会对在册困难职工家庭逐户走访核实。" +
                        $"全年共走访{120 + seed + paragraph}户，新建档{18 + paragraph}户，解困脱困{23 + seed}户；" +
                        "发放生活救助、医疗救助和金秋助学资金，资金使用严格按照“申报—公示—审批—发放”流程办理，全部通过银行代发，" +
                        "做到账目清楚、公开透明。Relief 系统记录了每一笔发放，并与财务台账逐月核对一致。").Justify().LineSpacing(1.3f);
                }

                column.Item().PaddingTop(4).Text("二、各单位帮扶资金发放情况").FontSize(13).Bold();
                column.Item().Table(table => GrantTable(table, seed));
                column.Item().ShowEntire().Column(chartSection =>
                {
                    chartSection.Spacing(8);
                    chartSection.Item().PaddingTop(4).Text("三、帮扶资金分布").FontSize(13).Bold();
                    chartSection.Item().BarChart(chart =>
                    {
                        chart.Title("各单位帮扶资金（元）").Height(190);
                        for (var index = 0; index < Units.Length; index++)
                        {
                            chart.Bar(Units[index], Amount(seed, index) * 10);
                        }
                    });
                });
                column.Item().Text("四、困难职工名册（节选）").FontSize(13).Bold();
                column.Item().Table(table => RosterTable(table, seed));
                column.Item().PaddingTop(6).Text("五、下一步工作").FontSize(13).Bold();
                column.Item().Text("继续做好常态化帮扶，完善困难职工档案动态管理，对因病、因灾致困的职工及时开展应急救助。").Justify().LineSpacing(1.3f);
                column.Item().PaddingTop(20).AlignRight().Text("某某市总工会办公室（盖章）");
            });
            page.Footer().Column(column =>
            {
                column.Item().LineHorizontal(0.5f, "#999999");
                column.Item().PaddingTop(4).AlignCenter().Text("第 {n} 页 / 共 {N} 页").FontSize(9);
            });
        }));

    private static void GrantTable(TableDescriptor table, int seed)
    {
        table.ColumnsDefinition(columns =>
        {
            columns.ConstantColumn(36);
            columns.RelativeColumn(3);
            columns.RelativeColumn(2);
            columns.RelativeColumn(2);
            columns.RelativeColumn(3);
        });
        table.Header(header =>
        {
            foreach (var heading in new[] { "序号", "单位", "帮扶户数", "人次", "发放金额（元）" })
            {
                header.Cell().Element(TestDocuments.HeaderCell).AlignCenter().Text(heading).Bold();
            }
        });
        for (var index = 0; index < Units.Length; index++)
        {
            table.Cell().Element(TestDocuments.BodyCell).AlignCenter().Text((index + 1).ToString(CultureInfo.InvariantCulture));
            table.Cell().Element(TestDocuments.BodyCell).Text(Units[index]);
            table.Cell().Element(TestDocuments.BodyCell).AlignRight().Text((12 + index + seed).ToString(CultureInfo.InvariantCulture));
            table.Cell().Element(TestDocuments.BodyCell).AlignRight().Text((30 + (index * 3)).ToString(CultureInfo.InvariantCulture));
            table.Cell().Element(TestDocuments.BodyCell).AlignRight().Text(Money(Amount(seed, index) * 10));
        }

        table.Footer(footer =>
        {
            footer.Cell(columnSpan: 4).Element(TestDocuments.HeaderCell).AlignCenter().Text("合计").Bold();
            footer.Cell().Element(TestDocuments.HeaderCell).AlignRight()
                .Text(Money(Enumerable.Range(0, Units.Length).Sum(index => Amount(seed, index) * 10))).Bold();
        });
    }

    private static void RosterTable(TableDescriptor table, int seed)
    {
        table.ColumnsDefinition(columns =>
        {
            columns.ConstantColumn(36);
            columns.RelativeColumn(2);
            columns.RelativeColumn(3);
            columns.RelativeColumn(4);
            columns.RelativeColumn(2);
        });
        table.Header(header =>
        {
            foreach (var heading in new[] { "序号", "姓名", "单位", "致困原因", "金额（元）" })
            {
                header.Cell().Element(TestDocuments.HeaderCell).AlignCenter().Text(heading).Bold();
            }
        });
        string[] names = ["张喆", "李堃", "王淼", "龚䶮", "赵建国", "钱秀英", "孙志强", "周海燕"];
        string[] reasons = ["本人患重病，长期治疗", "子女就学，家庭收入低", "因灾致困", "单亲家庭，抚养负担重"];
        for (var row = 0; row < 32; row++)
        {
            table.Cell().Element(TestDocuments.BodyCell).AlignCenter().Text((row + 1).ToString(CultureInfo.InvariantCulture));
            table.Cell().Element(TestDocuments.BodyCell).Text(names[(row + seed) % names.Length]);
            table.Cell().Element(TestDocuments.BodyCell).Text(Units[row % Units.Length]);
            table.Cell().Element(TestDocuments.BodyCell).Text(reasons[row % reasons.Length]);
            table.Cell().Element(TestDocuments.BodyCell).AlignRight().Text(Money(2000 + (row * 150) + seed));
        }
    }

    private static double Amount(int seed, int index) => 1200 + (index * 730) + (seed * 55) - (index % 2 * 400);

    private static string Money(double amount) => amount.ToString("N2", CultureInfo.InvariantCulture);
}
