using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Relief.Core.Data;
using Relief.Core.Features.Administration;
using Relief.Core.Reports.Printing;
using Relief.Core.Reports.YearEndSummary;
using Relief.Core.Tests.TestSupport;

namespace Relief.Core.Tests.Reports;

/// <summary>The summary as a Word document: valid Open XML, the 公文 page and fonts, and the same figures as the PDF.</summary>
public sealed class YearEndSummaryWordTests : IAsyncLifetime
{
    private static readonly ReportFormat Chinese = new(CultureInfo.GetCultureInfo("zh-CN"));
    private TestDatabase _database = null!;
    private int _campaign;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync();
        _campaign = await _database.InScopeAsync(sp => sp.GetRequiredService<ReliefDbContext>().Campaigns.OrderByDescending(c => c.StartsOn).Select(c => c.Id).FirstAsync());
        _database.CurrentUser.Acting = new FixedCurrentUser("chair", "陈国华", null, "/", Roles.Chair);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_docx_is_valid_laid_out_as_an_official_document_and_states_every_figure_of_the_pdf()
    {
        var word = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderWordAsync(_campaign, Chinese));
        var pdf = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderAsync(_campaign, Chinese));
        await PdfText.KeepAsync(pdf.FileName, pdf.Content);
        if (Environment.GetEnvironmentVariable("RELIEF_KEEP_PDF") is { Length: > 0 } folder) await File.WriteAllBytesAsync(Path.Combine(folder, word.FileName), word.Content);
        Assert.EndsWith("总结.docx", word.FileName, StringComparison.Ordinal);

        using var stream = new MemoryStream(word.Content);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var body = document.MainDocumentPart!.Document.Body!;
        var section = body.Elements<SectionProperties>().Single();
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(2098, margin.Top!.Value);
        Assert.Equal(1587u, margin.Left!.Value);
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        var fonts = body.Descendants<RunFonts>().Select(f => f.EastAsia?.Value).Distinct().ToList();
        Assert.Contains("方正小标宋简体", fonts);
        Assert.Contains("仿宋_GB2312", fonts);
        Assert.Contains("黑体", fonts);
        Assert.Empty(document.MainDocumentPart.FontTablePart?.Fonts.Descendants<EmbedRegularFont>() ?? []);
        Assert.All(document.MainDocumentPart.FooterParts, footer => Assert.Matches("^— 1 —$", footer.Footer.InnerText));
        Assert.NotEmpty(body.Elements<Table>());

        // Every narrative paragraph of the PDF, filled from a direct query of each placeholder's definition, is a paragraph of the document.
        var expected = await _database.InScopeAsync(async sp =>
        {
            var direct = await DirectFigures.ComputeAsync(sp.GetRequiredService<ReliefDbContext>(), _campaign);
            var queried = await sp.GetRequiredService<YearEndQuery>().GetAsync(_campaign);
            var figures = direct with { Services = queried.Services, Pairing = queried.Pairing, HotlineGoods = queried.HotlineGoods };
            return NarrativeTemplate.Paragraphs(NarrativeTemplate.Fill(DefaultNarrative.For("zh-CN"), SummaryValues.From(figures, Chinese, sp.GetRequiredService<IStringLocalizer<CoreMessages>>())));
        });
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        // A paragraph may run on over a page break: the running header and the page number between its halves are left out.
        var pages = PdfText.Pages(pdf.Content);
        var runningHeader = pages[0][..(pages[0].IndexOf("总结", StringComparison.Ordinal) + 2)];
        var pdfText = string.Concat(pages.Select(p => Regex.Replace(p.Replace(runningHeader, "", StringComparison.Ordinal), "第\\d+页/共\\d+页", "")));
        Assert.All(expected, paragraph =>
        {
            Assert.Contains(paragraph, paragraphs);
            Assert.Contains(PdfText.Squash(paragraph), pdfText, StringComparison.Ordinal);
        });
        // The appendix tables: every figure of the Word tables is in the PDF too.
        var cells = body.Elements<Table>().SelectMany(t => t.Descendants<TableCell>()).Select(c => c.InnerText).Where(c => c.Any(char.IsAsciiDigit)).ToList();
        Assert.True(cells.Count > 50, $"{cells.Count} figures");
        Assert.All(cells, cell => Assert.Contains(PdfText.Squash(cell), pdfText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_appendix_workbook_has_a_sheet_per_table_and_its_figures_are_numbers()
    {
        var workbook = await _database.InScopeAsync(sp => sp.GetRequiredService<YearEndSummaryService>().RenderExcelAsync(_campaign, Chinese));
        if (Environment.GetEnvironmentVariable("RELIEF_KEEP_PDF") is { Length: > 0 } folder) await File.WriteAllBytesAsync(Path.Combine(folder, workbook.FileName), workbook.Content);
        var funds = await _database.InScopeAsync(async sp => (await sp.GetRequiredService<ReliefDbContext>().FundSources.Where(f => f.CampaignId == _campaign).ToListAsync()));

        using var stream = new MemoryStream(workbook.Content);
        using var spreadsheet = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var sheets = spreadsheet.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(8, sheets.Count);
        Assert.StartsWith("一、资金来源", sheets[0], StringComparison.Ordinal);
        var first = (DocumentFormat.OpenXml.Packaging.WorksheetPart)spreadsheet.WorkbookPart.GetPartById(
            spreadsheet.WorkbookPart.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First().Id!.Value!);
        var numbers = first.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .Where(c => c.CellValue is not null && (c.DataType is null || c.DataType.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.Number))
            .Select(c => decimal.Parse(c.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture)).ToList();
        foreach (var fund in funds) Assert.Contains(fund.Amount, numbers);
        Assert.Contains(funds.Sum(f => f.Amount), numbers);
    }
}
