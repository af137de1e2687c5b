using Relief.Pdf.Tests.Support;

namespace Relief.Pdf.Tests.Documents;

public class PageNumberTests
{
    [Fact]
    public void Every_footer_reads_page_n_of_N_with_the_right_total()
    {
        var pdf = TestDocuments.Table(600).GeneratePdf();

        var pages = PdfReader.PageTexts(pdf);
        Assert.True(pages.Count >= 10, $"expected at least ten pages, got {pages.Count}");
        for (var index = 0; index < pages.Count; index++)
        {
            Assert.EndsWith($"第{index + 1}页/共{pages.Count}页", PdfReader.WithoutWhiteSpace(pages[index]));
        }
    }

    [Fact]
    public void Page_numbers_run_across_sections_of_different_orientation()
    {
        var pdf = Document.Create(document =>
        {
            foreach (var size in new[] { PageSizes.A4, PageSizes.A4.Landscape() })
            {
                document.Page(page =>
                {
                    page.Size(size);
                    page.Content().Column(column =>
                    {
                        column.Item().Text("第一页内容");
                        column.Item().PageBreak();
                        column.Item().Text("第二页内容");
                    });
                    page.Footer().AlignRight().Text("第 {n} 页 / 共 {N} 页");
                });
            }
        }).GeneratePdf();

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        Assert.Equal(4, pages.Count);
        Assert.True(pages[0].Height > pages[0].Width);
        Assert.True(pages[3].Width > pages[3].Height);
        Assert.EndsWith("第4页/共4页", PdfReader.WithoutWhiteSpace(pages[3].Text));
    }
}
