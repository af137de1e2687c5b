using Microsoft.Extensions.Logging;
using Relief.Pdf.FontHandling;
using Relief.Pdf.Tests.Support;

namespace Relief.Pdf.Tests.Documents;

/// <summary>Text copied or searched from the PDF must equal what was put in.</summary>
public class RoundTripTests
{
    private const string ChineseParagraph =
        "根据工会年度帮扶工作安排，经基层工会摸底、申报、公示和审批，本年度共走访困难职工家庭，" +
        "发放帮扶资金和慰问物资。金秋助学、医疗互助、节日慰问等项目按时完成，资金使用公开透明，接受职工监督。";

    // Rare characters of Chinese given names: 喆 堃 淼 are in CJK Unified Ideographs, 䶮 in Extension A (all in
    // Noto Sans SC), 𠮷 U+20BB7 in Extension B (only in the bundled fallback).
    private const string RareNames = "走访对象：张喆、李堃、王淼、龚䶮、吉田𠮷。";

    [Fact]
    public void Chinese_text_and_rare_names_over_several_pages_read_back_unchanged_without_warnings()
    {
        var logger = new CapturingLogger();
        var paragraphs = Enumerable.Range(1, 40).Select(index => $"第{index}段：{ChineseParagraph}{RareNames}").ToList();

        var pdf = TestDocuments.Paragraphs(paragraphs).GeneratePdf(logger: logger);

        var pages = PdfReader.PageTexts(pdf);
        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        var body = string.Concat(pages.Select(page => StripFooter(page)));
        Assert.Equal(PdfReader.WithoutWhiteSpace(string.Concat(paragraphs)), PdfReader.WithoutWhiteSpace(body));
        Assert.DoesNotContain(logger.Entries, entry => entry.Level >= LogLevel.Warning);
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
    [InlineData("困难职工：吉田𠮷、张𠮷𠮷，𠮷野。")]
    public void Lines_read_back_unchanged(string text)
    {
        var pdf = TestDocuments.Paragraphs([text]).GeneratePdf();

        var body = StripFooter(PdfReader.PageTexts(pdf)[0]);
        Assert.Equal(PdfReader.WithoutWhiteSpace(text), PdfReader.WithoutWhiteSpace(body));
    }

    [Fact]
    public void A_CJK_Extension_B_name_character_reads_back_unchanged_without_a_warning()
    {
        // 𠮷 (U+20BB7, CJK Extension B) is not in Noto Sans SC but in the bundled fallback; 䶮 (Extension A) is.
        var logger = new CapturingLogger();

        var pdf = TestDocuments.Paragraphs(["吉田𠮷野与龚䶮"]).GeneratePdf(logger: logger);

        Assert.Equal("吉田𠮷野与龚䶮", PdfReader.WithoutWhiteSpace(StripFooter(PdfReader.PageTexts(pdf)[0])));
        Assert.DoesNotContain(logger.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    [Fact]
    public void A_character_no_font_covers_is_logged_with_its_code_point_and_drawn_as_a_box()
    {
        // U+F0000 is private use (never assigned): none of the bundled fonts has a glyph for it.
        const string privateUse = "\U000F0000";
        Assert.All(FontLibrary.Get(PdfFontOptions.Bundled).Faces, face => Assert.False(face.TryGetGlyph(0xF0000, out _, out _)));
        var logger = new CapturingLogger();

        var pdf = TestDocuments.Paragraphs([$"吉田𠮷野{privateUse}"]).GeneratePdf(logger: logger);

        var warning = Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("U+F0000", warning.Message);
        Assert.Contains(privateUse, warning.Message);
        Assert.Equal("吉田𠮷野□", PdfReader.WithoutWhiteSpace(StripFooter(PdfReader.PageTexts(pdf)[0])));
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
