using Microsoft.Extensions.Logging;
using Relief.Pdf.Tests.Support;

namespace Relief.Pdf.Tests.Documents;

/// <summary>Text copied or searched from the PDF must equal what was put in.</summary>
public class RoundTripTests
{
    private const string ChineseParagraph =
        "根据工会年度帮扶工作安排，经基层工会摸底、申报、公示和审批，本年度共走访困难职工家庭，" +
        "发放帮扶资金和慰问物资。金秋助学、医疗互助、节日慰问等项目按时完成，资金使用公开透明，接受职工监督。";

    [Fact]
    public void Chinese_text_over_several_pages_reads_back_unchanged()
    {
        var paragraphs = Enumerable.Range(1, 40).Select(index => $"第{index}段：{ChineseParagraph}").ToList();

        var pdf = TestDocuments.Paragraphs(paragraphs).GeneratePdf();

        var pages = PdfReader.PageTexts(pdf);
        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        var body = string.Concat(pages.Select(page => StripFooter(page)));
        Assert.Equal(PdfReader.WithoutWhiteSpace(string.Concat(paragraphs)), PdfReader.WithoutWhiteSpace(body));
    }

    [Fact]
    public void Gold_reads_back_as_the_ideograph_not_the_Kangxi_radical()
    {
        var pdf = TestDocuments.Paragraphs(["金额 金秋助学 黄金"]).GeneratePdf();

        var text = PdfReader.AllText(pdf);
        Assert.Contains("金额", text);
        Assert.DoesNotContain("\u2FA6", text);
    }

    [Theory]
    [InlineData("The union visited every family on the list before the Spring Festival, and recorded each grant.")]
    [InlineData("2024年度Relief系统共登记family 1,234户，发放¥1,234,567.89元（人均 ¥2,345.60），同比增长12.5%。")]
    [InlineData("0123456789 -42 3.14159 100,000.00 2026-01-15 09:30 ￥88.00 50%")]
    [InlineData("困难职工：张喆、李堃、王淼、龚䶮。")]
    public void Lines_read_back_unchanged(string text)
    {
        var pdf = TestDocuments.Paragraphs([text]).GeneratePdf();

        var body = StripFooter(PdfReader.PageTexts(pdf)[0]);
        Assert.Equal(PdfReader.WithoutWhiteSpace(text), PdfReader.WithoutWhiteSpace(body));
    }

    [Fact]
    public void A_character_no_font_covers_is_logged_with_its_code_point_and_drawn_as_a_box()
    {
        // 𠮷 (U+20BB7, CJK Extension B) is not in Noto Sans SC; 䶮 (Extension A) is.
        var logger = new CapturingLogger();

        var pdf = TestDocuments.Paragraphs(["吉田𠮷野与龚䶮"]).GeneratePdf(logger: logger);

        var warning = Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("U+20BB7", warning.Message);
        Assert.Contains("𠮷", warning.Message);
        Assert.Equal("吉田□野与龚䶮", PdfReader.WithoutWhiteSpace(StripFooter(PdfReader.PageTexts(pdf)[0])));
    }

    [Fact]
    public void Mixed_Chinese_and_Latin_share_one_baseline()
    {
        var pdf = Document.Create(document => document.Page(page =>
            page.Content().Text(text =>
            {
                text.Span("工会Relief");
                text.Span("帮扶 2026").FontSize(16);
                text.Span("年度 summary").FontSize(8);
            }))).GeneratePdf();

        var letters = PdfReader.Letters(pdf, 1).Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).ToList();
        Assert.Equal(23, letters.Count);
        var baseline = letters[0].StartBaseLine.Y;
        Assert.All(letters, letter => Assert.Equal(baseline, letter.StartBaseLine.Y, 0.01));
    }

    private static string StripFooter(string pageText)
    {
        var footer = pageText.LastIndexOf('第');
        return footer < 0 ? pageText : pageText[..footer];
    }
}
