using Relief.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace Relief.Pdf.Tests.Documents;

/// <summary>
/// Border, background, padding and alignment of one container become one box when they nest in box order;
/// the order they are written in must still decide what is drawn where.
/// </summary>
public class BoxTests
{
    private const float Margin = 20 * 72 / 25.4f;

    [Fact]
    public void A_border_before_padding_lies_around_the_padding()
    {
        var (border, text) = BorderAndText(container => container.Border(1).Padding(10).Text("框"));

        Assert.Equal(Margin, border.Left, 0.6);
        Assert.Equal(Margin + 10, text, 0.6);
    }

    [Fact]
    public void Padding_before_a_border_lies_outside_the_border()
    {
        var (border, text) = BorderAndText(container => container.Padding(10).Border(1).Text("框"));

        Assert.Equal(Margin + 10, border.Left, 0.6);
        Assert.Equal(Margin + 10, text, 0.6);
    }

    [Fact]
    public void Alignment_inside_padding_and_padding_inside_alignment_place_the_box_differently()
    {
        var (aligned, alignedText) = BorderAndText(container => container.Border(1).Padding(10).AlignRight().Text("框"));
        var (shrunk, shrunkText) = BorderAndText(container => container.AlignRight().Border(1).Padding(10).Text("框"));

        var right = PageSizes.A4.Width - Margin;
        Assert.Equal(Margin, aligned.Left, 0.6);
        Assert.Equal(right - 10 - 10.5, alignedText, 0.6);
        Assert.Equal(right - 10 - 10.5 - 10, shrunk.Left, 0.6);
        Assert.Equal(right - 10 - 10.5, shrunkText, 0.6);
    }

    private static (UglyToad.PdfPig.Core.PdfRectangle Border, double TextLeft) BorderAndText(Action<Container> compose)
    {
        var pdf = Document.Create(document => document.Page(page =>
        {
            page.MarginMillimetres(20);
            compose(page.Content());
        })).GeneratePdf();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var border = Assert.Single(page.Paths, path => path.IsStroked).GetBoundingRectangle()!.Value;
        return (border, PdfReader.Letters(pdf, 1)[0].StartBaseLine.X);
    }
}
