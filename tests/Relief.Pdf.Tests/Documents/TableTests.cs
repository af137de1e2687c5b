using System.Text.RegularExpressions;
using Relief.Pdf.Tests.Support;

namespace Relief.Pdf.Tests.Documents;

public partial class TableTests
{
    private const int RowCount = 2000;

    [Fact]
    public void A_2000_row_table_repeats_its_header_and_places_every_row_once_in_order_with_the_total_last()
    {
        var pages = PdfReader.PageTexts(TestDocuments.Table(RowCount).GeneratePdf());

        Assert.True(pages.Count > 20, $"expected many pages, got {pages.Count}");
        Assert.All(pages, page => Assert.Contains("序号姓名单位金额（元）", PdfReader.WithoutWhiteSpace(page)));

        var rowKeys = pages.SelectMany(page => RowKey().Matches(page).Select(match => match.Value)).ToList();
        Assert.Equal(Enumerable.Range(1, RowCount).Select(TestDocuments.RowKey), rowKeys);

        var totalPages = pages.Select((text, index) => (text, index)).Where(page => page.text.Contains("合计")).ToList();
        var (lastText, lastIndex) = Assert.Single(totalPages);
        Assert.Equal(pages.Count - 1, lastIndex);
        Assert.True(lastText.IndexOf("合计", StringComparison.Ordinal) > lastText.IndexOf(TestDocuments.RowKey(RowCount), StringComparison.Ordinal));
        Assert.Contains(TestDocuments.Total(RowCount), lastText);
    }

    [Fact]
    public void Rows_are_never_split_between_pages()
    {
        // Every row's four cells must be on the page where its key is.
        var pages = PdfReader.PageTexts(TestDocuments.Table(300).GeneratePdf());

        foreach (var page in pages)
        {
            foreach (Match match in RowKey().Matches(page))
            {
                var row = int.Parse(match.Value[1..], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Contains($"{match.Value}职工{row}第一车间{TestDocuments.Amount(row)}", PdfReader.WithoutWhiteSpace(page));
            }
        }
    }

    [GeneratedRegex(@"R\d{4}")]
    private static partial Regex RowKey();
}
