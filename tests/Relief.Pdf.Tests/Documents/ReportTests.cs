using Relief.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace Relief.Pdf.Tests.Documents;

public class ReportTests
{
    [Fact]
    public void A_three_page_report_with_two_tables_and_a_chart_is_under_200_KB()
    {
        var pdf = SampleReport.Create().GeneratePdf();
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "sample-report.pdf"), pdf);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(3, document.NumberOfPages);
        Assert.True(pdf.Length < 200 * 1024, $"report is {pdf.Length / 1024} KB");
    }

    [Fact]
    public void Fonts_are_embedded_as_subsets_not_whole_files()
    {
        var pdf = TestDocuments.Paragraphs(["帮扶"]).GeneratePdf();

        // Each bundled font file is about 10 MB; a two-character document must stay tiny.
        Assert.True(pdf.Length < 30 * 1024, $"document is {pdf.Length / 1024} KB");
    }
}
