using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Relief.Core.Tests.Common;

/// <summary>Reads back the workbooks the app writes: the Open XML SDK's validator, and the style a cell is written with.</summary>
public static class XlsxAssert
{
    /// <summary>The SDK's validator against Office 2019's schema finds nothing wrong (it names the first errors if it does).</summary>
    public static void Valid(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} validation errors, first: " + string.Join("\n",
            errors.Take(5).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    /// <summary>Every cell of a sheet by its text, with the number format and quote prefix of its style.</summary>
    public static List<(string Text, uint NumberFormat, bool QuotePrefix)> Cells(byte[] workbook, int sheet = 0)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        var part = SheetPart(document, sheet);
        return part.Worksheet!.Descendants<Cell>().Select(c =>
        {
            var format = formats[(int)(c.StyleIndex?.Value ?? 0)];
            Assert.Null(c.CellFormula);
            return (c.InlineString?.InnerText ?? c.CellValue?.Text ?? "", format.NumberFormatId?.Value ?? 0, format.QuotePrefix?.Value == true);
        }).ToList();
    }

    /// <summary>Every cell's reference (A1, B1, …), in the order written.</summary>
    public static List<string> References(byte[] workbook, int sheet = 0)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        return SheetPart(document, sheet).Worksheet!.Descendants<Cell>().Select(c => c.CellReference?.Value ?? "").ToList();
    }

    /// <summary>The number format each column is given for what is typed into it later (0 when the column has no style).</summary>
    public static List<uint> ColumnFormats(byte[] workbook, int sheet = 0)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        return SheetPart(document, sheet).Worksheet!.Descendants<Column>()
            .Select(c => c.Style is { } style ? formats[(int)style.Value].NumberFormatId?.Value ?? 0 : 0).ToList();
    }

    /// <summary>Excel's built-in "@" format: what is typed into the cell stays text.</summary>
    public const uint TextFormat = 49;

    private static WorksheetPart SheetPart(SpreadsheetDocument document, int index)
    {
        var sheet = document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().ElementAt(index);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!);
    }
}
