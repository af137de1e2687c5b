using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Relief.Core.Common.Spreadsheets;

namespace Relief.Core.Tests.Common;

/// <summary>The import's sheet reader on files whose XML is written by hand, as Excel, WPS and older tools write it.</summary>
public sealed class XlsxSheetReaderTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A workbook whose first sheet and shared strings are the given XML (inside their root elements).</summary>
    private static byte[] Workbook(string sheetData, string? sharedStrings = null, string? secondSheetData = null)
    {
        var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheets = new Sheets();
            workbook.Workbook = new Workbook(sheets);
            AddSheet(workbook, sheets, "名单", sheetData, 1);
            if (secondSheetData is not null) AddSheet(workbook, sheets, "其他", secondSheetData, 2);
            if (sharedStrings is not null)
            {
                var table = workbook.AddNewPart<SharedStringTablePart>();
                Write(table, $"<sst xmlns=\"{Main}\">{sharedStrings}</sst>");
            }
            workbook.Workbook.Save();
        }
        return output.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, string name, string sheetData, uint id)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        Write(part, $"<worksheet xmlns=\"{Main}\"><sheetData>{sheetData}</sheetData></worksheet>");
        sheets.Append(new Sheet { Name = name, SheetId = id, Id = workbook.GetIdOfPart(part) });
    }

    private static void Write(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = Encoding.UTF8.GetBytes(xml);
        stream.Write(bytes);
    }

    [Fact]
    public void Shared_inline_and_formula_strings_numbers_and_booleans_keep_what_they_are()
    {
        var file = Workbook(
            """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>李四</t></is></c><c r="C1" t="str"><f>A1&amp;"x"</f><v>张三x</v></c></row>
            <row r="2"><c r="A2"><v>3.30102199001011E+17</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="n"><v>12.5</v></c></row>
            """,
            "<si><t>张三</t></si>");

        var rows = XlsxSheetReader.ReadFirstSheet(file);

        Assert.Equal([1, 2], rows.Select(r => r.Number));
        Assert.Equal("张三", rows[0][0]);
        Assert.Equal("李四", rows[0][1]);
        Assert.Equal("张三x", rows[0][2]);
        Assert.Equal(3.30102199001011E+17, rows[1][0]);
        Assert.Equal(true, rows[1][1]);
        Assert.Equal(12.5, rows[1][2]);
    }

    [Fact]
    public void Rich_text_is_its_runs_joined_without_the_phonetic_guide()
    {
        var file = Workbook(
            """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>""",
            """
            <si><r><rPr><b/></rPr><t>王</t></r><r><t xml:space="preserve">五 </t></r></si>
            <si><t>阿依古丽</t><rPh sb="0" eb="4"><t>あいこり</t></rPh><phoneticPr fontId="1"/></si>
            """);

        var row = Assert.Single(XlsxSheetReader.ReadFirstSheet(file));

        Assert.Equal("王五 ", row[0]);
        Assert.Equal("阿依古丽", row[1]);
    }

    [Fact]
    public void Gaps_keep_row_numbers_and_columns_and_cells_without_references_follow_the_one_before()
    {
        var file = Workbook(
            """
            <row r="1"><c t="inlineStr"><is><t>甲</t></is></c><c t="inlineStr"><is><t>乙</t></is></c></row>
            <row r="4"><c r="C4" t="inlineStr"><is><t>丙</t></is></c><c t="inlineStr"><is><t>丁</t></is></c><c r="XFD4"><v>1</v></c></row>
            <row><c r="A5"><v>5</v></c></row>
            <row r="6"/>
            <row r="7"><c r="A7"/><c r="B7" t="s"/></row>
            """);

        var rows = XlsxSheetReader.ReadFirstSheet(file);

        Assert.Equal([1, 4, 5], rows.Select(r => r.Number));
        Assert.Equal([(0, (object)"甲"), (1, "乙")], rows[0].Cells);
        Assert.Equal([(2, (object)"丙"), (3, "丁"), (16383, 1.0)], rows[1].Cells);
        Assert.Null(rows[1][0]);
        Assert.Equal(5.0, rows[2][0]);
        Assert.Equal("XFD", XlsxColumnLetters.Name(16383));
        Assert.Equal("AA", XlsxColumnLetters.Name(26));
    }

    [Fact]
    public void Only_the_first_sheet_is_read()
    {
        var file = Workbook("""<row r="1"><c r="A1"><v>1</v></c></row>""", secondSheetData: """<row r="1"><c r="A1"><v>2</v></c></row>""");

        Assert.Equal(1.0, Assert.Single(XlsxSheetReader.ReadFirstSheet(file))[0]);
    }

    [Fact]
    public void The_workbook_writer_s_files_read_back_cell_for_cell()
    {
        var output = new MemoryStream();
        using (var workbook = new XlsxWorkbookWriter(output))
        using (var sheet = workbook.AddSheet("名单", [new XlsxColumn("姓名"), new XlsxColumn("身份证号码", IsText: true), new XlsxColumn("人均收入")]))
        {
            sheet.WriteRow("张三", "330102199001011234", XlsxCell.Of(1234.5m));
            sheet.WriteRow("=1+1", XlsxCell.Empty, XlsxCell.Of(7));
        }

        var rows = XlsxSheetReader.ReadFirstSheet(output.ToArray());

        Assert.Equal(["姓名", "身份证号码", "人均收入"], rows[0].Cells.Select(c => c.Value));
        Assert.Equal(["张三", "330102199001011234", (object)1234.5], rows[1].Cells.Select(c => c.Value));
        Assert.Equal("=1+1", rows[2][0]);
        Assert.Null(rows[2][1]);
    }

    public static TheoryData<string, byte[]> Unreadable()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open())) writer.Write("not a workbook");
        var truncated = Workbook("""<row r="1"><c r="A1"><v>1</v></c></row>""");
        return new TheoryData<string, byte[]>
        {
            { "text", Encoding.UTF8.GetBytes("姓名,身份证号码\n张三,330102199001011234") },
            { "zip without a workbook", zip.ToArray() },
            { "workbook cut short", truncated[..(truncated.Length / 2)] },
            { "rows out of order", Workbook("""<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>""") },
            { "shared string out of range", Workbook("""<row r="1"><c r="A1" t="s"><v>7</v></c></row>""", "<si><t>甲</t></si>") },
            { "number that is no number", Workbook("""<row r="1"><c r="A1"><v>十二</v></c></row>""") },
            { "cell reference without a column", Workbook("""<row r="1"><c r="12"><v>1</v></c></row>""") },
        };
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void A_file_that_is_no_readable_workbook_says_so(string what, byte[] file)
    {
        var problem = Assert.Throws<InvalidDataException>(() => XlsxSheetReader.ReadFirstSheet(file));
        Assert.False(string.IsNullOrEmpty(problem.Message), what);
    }
}
