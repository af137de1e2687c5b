using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Relief.Core.Common.Spreadsheets;

/// <summary>
/// Reads the first sheet of an .xlsx forward, with an <see cref="XmlReader"/> over the package's parts (Open XML SDK
/// for the package, no DOM and no dictionary per row): a 200,000-row sheet in about a second, where a reader building
/// one dictionary per row took 4.7 s (docs/performance.md). Cells keep what the file says they are: shared and inline
/// strings and a formula's cached text as strings, numbers as doubles (an ID number Excel stored as a number must be
/// recognisable as one), booleans as bools. Styles are not read: the household sheet has no dates.
/// </summary>
public static class XlsxSheetReader
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The rows that have a cell, in order; a file that is no readable .xlsx throws <see cref="InvalidDataException"/>.</summary>
    public static List<XlsxRow> ReadFirstSheet(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The file has no workbook.");
            var first = workbook.Workbook?.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().FirstOrDefault()
                ?? throw new InvalidDataException("The workbook has no sheet.");
            if (first.Id?.Value is not { } partId || workbook.GetPartById(partId) is not WorksheetPart sheet)
                throw new InvalidDataException("The first sheet is not a worksheet.");
            var strings = workbook.SharedStringTablePart is { } table ? ReadSharedStrings(table) : [];
            return ReadRows(sheet, strings);
        }
        catch (Exception ex) when (ex is XmlException or OpenXmlPackageException
            or FileFormatException or FormatException or ArgumentException or KeyNotFoundException
            or InvalidOperationException or NotSupportedException or OverflowException or IOException)
        {
            throw new InvalidDataException("The file is not a readable .xlsx workbook.", ex);
        }
    }

    // Each Read… method below is called on an element's start and consumes the whole element, leaving the reader on
    // the node after its end; the loops call Read() only when they did not consume anything.

    private static List<XlsxRow> ReadRows(WorksheetPart sheet, string[] strings)
    {
        var rows = new List<XlsxRow>();
        using var xml = XmlReader.Create(sheet.GetStream(FileMode.Open, FileAccess.Read), Settings());
        var lastRow = 0;
        while (!xml.EOF)
        {
            if (!IsElement(xml, "row"))
            {
                xml.Read();
                continue;
            }
            // A row without a number follows the one before (the format allows leaving it out).
            var number = xml.GetAttribute("r") is { } r ? int.Parse(r, NumberStyles.None, CultureInfo.InvariantCulture) : lastRow + 1;
            if (number <= lastRow) throw new InvalidDataException($"Row {number} comes after row {lastRow}.");
            lastRow = number;
            var cells = ReadCells(xml, strings);
            if (cells.Count > 0) rows.Add(new XlsxRow(number, cells));
        }
        return rows;
    }

    private static List<(int Column, object Value)> ReadCells(XmlReader xml, string[] strings)
    {
        var cells = new List<(int, object)>();
        var nextColumn = 0;
        foreach (var _ in Children(xml))
        {
            if (!IsElement(xml, "c"))
            {
                xml.Read();
                continue;
            }
            var column = xml.GetAttribute("r") is { } reference ? XlsxColumnLetters.IndexOf(reference) : nextColumn;
            nextColumn = column + 1;
            if (ReadCellValue(xml, xml.GetAttribute("t"), strings) is { } value) cells.Add((column, value));
        }
        return cells;
    }

    private static object? ReadCellValue(XmlReader xml, string? type, string[] strings)
    {
        string? raw = null;
        string? inline = null;
        foreach (var _ in Children(xml))
        {
            if (IsElement(xml, "v")) raw = xml.ReadElementContentAsString();
            else if (IsElement(xml, "is")) inline = ReadText(xml);
            else xml.Read();
        }
        return type switch
        {
            "s" when raw is not null => SharedString(strings, raw),
            "inlineStr" => inline,
            "str" or "e" or "d" => raw,
            "b" when raw is not null => raw.Trim() == "1",
            _ when raw is null => null,
            _ => double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    private static string SharedString(string[] strings, string index) =>
        int.Parse(index, NumberStyles.None, CultureInfo.InvariantCulture) is var i && i < strings.Length
            ? strings[i]
            : throw new InvalidDataException($"Shared string {index} is not in the workbook's {strings.Length}.");

    private static string[] ReadSharedStrings(SharedStringTablePart table)
    {
        var strings = new List<string>();
        using var xml = XmlReader.Create(table.GetStream(FileMode.Open, FileAccess.Read), Settings());
        while (!xml.EOF)
        {
            if (IsElement(xml, "si")) strings.Add(ReadText(xml));
            else xml.Read();
        }
        return [.. strings];
    }

    /// <summary>
    /// The text of a string item (&lt;si&gt; or &lt;is&gt;): its &lt;t&gt;, or its runs' &lt;t&gt; joined. Phonetic
    /// guides (&lt;rPh&gt;, furigana) are not part of the text.
    /// </summary>
    private static string ReadText(XmlReader xml)
    {
        var text = new System.Text.StringBuilder();
        foreach (var _ in Children(xml))
        {
            if (IsElement(xml, "rPh")) xml.Skip();
            else if (IsElement(xml, "t")) text.Append(xml.ReadElementContentAsString());
            else xml.Read();
        }
        return text.ToString();
    }

    /// <summary>
    /// Steps into the element the reader is on and yields while the reader is inside it (the caller moves the reader
    /// on each time); at the end the reader is on the node after the element.
    /// </summary>
    private static IEnumerable<bool> Children(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            yield break;
        }
        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && xml.Depth > depth) yield return true;
        xml.Read();
    }

    private static bool IsElement(XmlReader xml, string name) =>
        xml.NodeType == XmlNodeType.Element && xml.LocalName == name && xml.NamespaceURI == Main;

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
    };
}
