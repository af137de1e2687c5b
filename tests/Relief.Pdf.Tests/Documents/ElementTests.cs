using Relief.Pdf.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Relief.Pdf.Tests.Documents;

/// <summary>The smaller elements, each checked through what a reader of the PDF sees.</summary>
public class ElementTests
{
    [Fact]
    public void ShowIf_false_leaves_its_content_out_and_true_keeps_it()
    {
        var pdf = Document.Create(document => document.Page(page => page.Content().Column(column =>
        {
            column.Item().ShowIf(false).Text("隐藏的内容");
            column.Item().ShowIf(true).Text("显示的内容");
        }))).GeneratePdf();

        var text = PdfReader.AllText(pdf);
        Assert.DoesNotContain("隐藏", text);
        Assert.Contains("显示的内容", text);
    }

    [Fact]
    public void PageBreak_starts_one_letter_per_page()
    {
        string[] families = ["张喆家属", "李堃家属", "王淼家属"];
        var pdf = Document.Create(document => document.Page(page => page.Content().Column(column =>
        {
            for (var index = 0; index < families.Length; index++)
            {
                if (index > 0)
                {
                    column.Item().PageBreak();
                }

                column.Item().Text($"{families[index]}：惊悉噩耗，深表哀悼。");
            }
        }))).GeneratePdf();

        var pages = PdfReader.PageTexts(pdf);
        Assert.Equal(families.Length, pages.Count);
        for (var index = 0; index < families.Length; index++)
        {
            Assert.StartsWith(families[index], pages[index]);
        }
    }

    [Fact]
    public void Png_and_jpeg_images_are_embedded()
    {
        var pdf = Document.Create(document => document.Page(page => page.Content().Row(row =>
        {
            row.ConstantItem(100).Image(EncodedImage(SKEncodedImageFormat.Png));
            row.ConstantItem(100).Image(EncodedImage(SKEncodedImageFormat.Jpeg));
        }))).GeneratePdf();

        using var document = PdfDocument.Open(pdf);
        var images = document.GetPage(1).GetImages().ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, image => Assert.Equal(50, image.BoundingBox.Height, 1)); // 100 pt wide, aspect 2:1
    }

    [Fact]
    public void Row_items_get_constant_relative_and_auto_widths()
    {
        var pdf = Document.Create(document => document.Page(page =>
        {
            page.MarginMillimetres(0);
            page.Content().Row(row =>
            {
                row.ConstantItem(100).Text("甲");
                row.AutoItem().Text("乙乙");
                row.RelativeItem(1).Text("丙");
                row.RelativeItem(3).Text("丁");
            });
        })).GeneratePdf();

        // Default text is 10.5 pt and an ideograph advances one em, so the auto item is 21 pt wide.
        var starts = PdfReader.Letters(pdf, 1).Select(letter => letter.StartBaseLine.X).ToList();
        var relativeStart = 100 + 21.0;
        var relativeUnit = (PageSizes.A4.Width - relativeStart) / 4;
        Assert.Equal(0, starts[0], 0.5);
        Assert.Equal(100, starts[1], 0.5);
        Assert.Equal(relativeStart, starts[3], 0.5);
        Assert.Equal(relativeStart + relativeUnit, starts[4], 0.5);
    }

    [Fact]
    public void Justified_lines_reach_the_right_edge_except_the_last()
    {
        var text = string.Concat(Enumerable.Repeat("工会帮扶工作 Relief system records grants, ", 8));
        var pdf = Document.Create(document => document.Page(page =>
        {
            page.MarginMillimetres(20);
            page.Content().Text(text).Justify();
        })).GeneratePdf();

        var right = PageSizes.A4.Width - Units.FromMillimetres(20);
        var lines = PdfReader.Letters(pdf, 1)
            .Where(letter => !string.IsNullOrWhiteSpace(letter.Value))
            .GroupBy(letter => Math.Round(letter.StartBaseLine.Y))
            .OrderByDescending(line => line.Key)
            .Select(line => line.Max(letter => letter.EndBaseLine.X))
            .ToList();
        Assert.True(lines.Count >= 3);
        Assert.All(lines.SkipLast(1), lineEnd => Assert.Equal(right, lineEnd, 1.0));
        Assert.True(lines[^1] < right - 10);
    }

    [Fact]
    public void Bar_charts_draw_their_title_labels_and_values_as_text()
    {
        foreach (var orientation in new[] { BarOrientation.Vertical, BarOrientation.Horizontal })
        {
            var pdf = Document.Create(document => document.Page(page => page.Content().BarChart(chart => chart
                .Title("走访户数")
                .Orientation(orientation)
                .Bar("一月", 12)
                .Bar("二月", 30)
                .Bar("三月", 7)))).GeneratePdf();

            var text = PdfReader.WithoutWhiteSpace(PdfReader.AllText(pdf));
            Assert.Contains("走访户数", text);
            Assert.Contains("一月", text);
            Assert.Contains("三月", text);
            Assert.Contains("30", text);
        }
    }

    [Fact]
    public void A_container_refuses_a_second_element()
    {
        Assert.Throws<InvalidOperationException>(() => Document.Create(document => document.Page(page =>
        {
            page.Content().Text("一");
            page.Content().Text("二");
        })));
    }

    private static byte[] EncodedImage(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(40, 20);
        bitmap.Erase(SKColors.SteelBlue);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
