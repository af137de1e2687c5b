using Relief.Pdf;

namespace Relief.Core.DemoData;

/// <summary>A filled-in 困难职工帮扶申请书 as a PDF, for the demo's papers: the applicant's particulars, the reason and the signature lines.</summary>
public static class DemoApplicationForm
{
    public static byte[] Create(string applicant, string unit, string reason, DateOnly signedOn) =>
        Document.Create(doc => doc
            .Metadata(new DocumentMetadata { Title = "困难职工帮扶申请书", Author = applicant, CreationDate = new DateTimeOffset(signedOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)) })
            .Page(page =>
            {
                page.Size(PageSizes.A4);
                page.MarginMillimetres(25, 22);
                page.DefaultTextStyle(style => style.FontSize(12));
                page.Content().Column(col =>
                {
                    col.Spacing(14);
                    col.Item().Text("困难职工帮扶申请书").FontSize(20).Bold().AlignCenter();
                    col.Item().Text($"申请人：{applicant}");
                    col.Item().Text($"工作单位：{unit}");
                    col.Item().Text(t =>
                    {
                        t.Span($"申请事由：{reason}本人承诺以上情况属实，愿意接受工会组织的核查和群众监督。");
                        t.Justify().LineSpacing(1.5f);
                    });
                    col.Item().Text("申请人（签字）：________________").AlignRight();
                    col.Item().Text($"{signedOn.Year}年{signedOn.Month}月{signedOn.Day}日").AlignRight();
                    col.Item().Text("基层工会意见：情况属实，同意上报。（盖章）");
                });
            }))
        .GeneratePdf();
}
