using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Relief.Core.Common.Spreadsheets;

/// <summary>
/// Writes an .xlsx with the Open XML SDK, a row at a time (its SAX-style <see cref="DocumentFormat.OpenXml.OpenXmlWriter"/>),
/// so a sheet of any length costs the memory of one row. The output passes the SDK's validator; every text cell is
/// formatted as text and one that starts like a formula carries Excel's quote prefix, so editing it never runs it.
/// Dispose the workbook to finish the file.
/// </summary>
public sealed class XlsxWorkbookWriter : IDisposable
{
    private static readonly char[] ForbiddenInSheetNames = ['[', ']', ':', '*', '?', '/', '\\'];
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly List<Sheet> _sheets = [];
    private XlsxSheetWriter? _open;

    public XlsxWorkbookWriter(Stream output)
    {
        _document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        _workbook = _document.AddWorkbookPart();
        _workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Stylesheet();
    }

    /// <summary>Starts a sheet with its header row; the previous sheet, if still open, is finished first.</summary>
    public XlsxSheetWriter AddSheet(string name, IReadOnlyList<XlsxColumn> columns)
    {
        _open?.Dispose();
        var part = _workbook.AddNewPart<WorksheetPart>();
        _sheets.Add(new Sheet { Id = _workbook.GetIdOfPart(part), SheetId = (uint)_sheets.Count + 1, Name = SheetName(name) });
        _open = new XlsxSheetWriter(part, columns);
        return _open;
    }

    public void Dispose()
    {
        _open?.Dispose();
        _workbook.Workbook = new Workbook(new Sheets(_sheets));
        _document.Dispose();
    }

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\.</summary>
    private string SheetName(string name)
    {
        var clean = string.Concat(name.Where(c => !ForbiddenInSheetNames.Contains(c))).Trim();
        if (clean.Length > 31) clean = clean[..31];
        return clean.Length == 0 ? $"Sheet{_sheets.Count + 1}" : clean;
    }
}
