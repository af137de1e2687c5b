using Relief.Core.Common.Spreadsheets;

namespace Relief.Core.Tests.Common;

public sealed class XlsxWorkbookWriterTests
{
    private static byte[] Write(params XlsxCell[][] rows)
    {
        var output = new MemoryStream();
        using (var workbook = new XlsxWorkbookWriter(output))
        using (var sheet = workbook.AddSheet("名单[测试]", [new XlsxColumn("甲"), new XlsxColumn("乙"), new XlsxColumn("丙")]))
        {
            foreach (var row in rows) sheet.WriteRow(row);
        }
        return output.ToArray();
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+86 139")]
    [InlineData("-100")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=cmd|' /C calc'!A0")]
    [InlineData("\r=HYPERLINK(\"x\")")]
    public void A_cell_starting_like_a_formula_is_text_that_stays_text_when_edited(string value)
    {
        var file = Write([value, "普通文字", XlsxCell.Of(12.5m)]);

        XlsxAssert.Valid(file);
        // XML reads a carriage return back as a line feed; the cell is quoted all the same.
        var cell = XlsxAssert.Cells(file).Single(c => c.Text == value.Replace('\r', '\n'));
        Assert.True(cell.QuotePrefix, "quote prefix");
        Assert.Equal(XlsxAssert.TextFormat, cell.NumberFormat);
        var plain = XlsxAssert.Cells(file).Single(c => c.Text == "普通文字");
        Assert.False(plain.QuotePrefix);
        Assert.Equal(XlsxAssert.TextFormat, plain.NumberFormat);
    }

    [Fact]
    public void An_empty_cell_leaves_the_next_one_in_its_own_column()
    {
        var file = Write([XlsxCell.Empty, "乙列", "丙列"]);
        var references = XlsxAssert.References(file);
        Assert.Equal(["A1", "B1", "C1", "B2", "C2"], references);
    }

    [Fact]
    public void Numbers_money_dates_empty_cells_and_control_characters_make_a_valid_file()
    {
        var file = Write(
            [XlsxCell.Of(3), XlsxCell.Yuan(1234.56m), XlsxCell.Of(new DateOnly(2026, 1, 20))],
            [XlsxCell.Empty, "带\u0001控制字符\u001F的文字", XlsxCell.Of((int?)null)],
            ["  前后有空格  ", "𠀀 (a character outside the BMP)", ""]);

        XlsxAssert.Valid(file);
        var cells = XlsxAssert.Cells(file);
        Assert.Contains(cells, c => c.Text == "带控制字符的文字");
        Assert.Contains(cells, c => c.Text == "  前后有空格  ");
        Assert.Contains(cells, c => c.Text == "1234.56" && c.NumberFormat == 4);
    }
}
