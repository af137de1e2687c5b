using Relief.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace Relief.Pdf.Tests.Documents;

public class MetadataTests
{
    [Fact]
    public void Title_author_subject_creation_date_and_producer_are_written()
    {
        var pdf = TestDocuments.Paragraphs(["正文"], title: "年度帮扶工作总结").GeneratePdf();

        using var document = PdfDocument.Open(pdf);
        var information = document.Information;
        Assert.Equal("年度帮扶工作总结", information.Title);
        Assert.Equal("工会办公室", information.Author);
        Assert.Equal("测试", information.Subject);
        Assert.Equal("Relief", information.Producer);
        Assert.Equal(TestDocuments.FixedDate.UtcDateTime, information.GetCreatedDateTimeOffset()!.Value.UtcDateTime);
    }

    [Fact]
    public void A4_pages_have_the_A4_size_in_points_in_both_orientations()
    {
        var pdf = Document.Create(document => document
            .Page(page => page.Size(PageSizes.A4).Content().Text("纵向"))
            .Page(page => page.Size(PageSizes.A4.Landscape()).Content().Text("横向"))).GeneratePdf();

        using var document = PdfDocument.Open(pdf);
        // Skia rounds page sizes to whole points: A4 is 595 × 842.
        Assert.Equal(595.3, document.GetPage(1).Width, 0.5);
        Assert.Equal(841.9, document.GetPage(1).Height, 0.5);
        Assert.Equal(841.9, document.GetPage(2).Width, 0.5);
    }

    [Fact]
    public void Margins_in_millimetres_place_the_first_letter_at_the_margin()
    {
        var pdf = Document.Create(document => document.Page(page =>
        {
            page.MarginMillimetres(left: 30, top: 25, right: 20, bottom: 20);
            page.Content().Text("左边距");
        })).GeneratePdf();

        var first = PdfReader.Letters(pdf, 1)[0];
        Assert.Equal(Units.FromMillimetres(30), first.BoundingBox.Left, 1.5);
    }
}
