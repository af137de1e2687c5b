using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Relief.Core.Common.Spreadsheets;

/// <summary>One sheet being written: the header row (frozen) is written at once, then <see cref="WriteRow"/> per row.</summary>
public sealed class XlsxSheetWriter : IDisposable
{
    private readonly OpenXmlWriter _writer;
    private readonly int _columnCount;
    private uint _rowIndex;
    private bool _finished;

    internal XlsxSheetWriter(WorksheetPart part, IReadOnlyList<XlsxColumn> columns)
    {
        _columnCount = columns.Count;
        _writer = OpenXmlWriter.Create(part);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        _writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        _writer.WriteStartElement(new Columns());
        for (var i = 0; i < columns.Count; i++)
        {
            _writer.WriteElement(new Column
            {
                Min = (uint)i + 1,
                Max = (uint)i + 1,
                Width = columns[i].Width,
                CustomWidth = true,
                Style = columns[i].IsText ? XlsxStyles.Text : null,
            });
        }
        _writer.WriteEndElement();
        _writer.WriteStartElement(new SheetData());
        WriteCells(columns.Select(c => XlsxCell.Of(c.Header)).ToArray(), XlsxStyles.Header);
    }

    public int RowsWritten => (int)_rowIndex - 1;

    public void WriteRow(params ReadOnlySpan<XlsxCell> cells)
    {
        if (cells.Length > _columnCount) throw new ArgumentException($"The sheet has {_columnCount} columns, the row {cells.Length} cells.", nameof(cells));
        WriteCells(cells, null);
    }

    public void Dispose()
    {
        if (_finished) return;
        _finished = true;
        _writer.WriteEndElement(); // sheetData
        _writer.WriteEndElement(); // worksheet
        _writer.Dispose();
    }

    private void WriteCells(ReadOnlySpan<XlsxCell> cells, uint? textStyle)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _rowIndex++;
        _writer.WriteStartElement(new Row { RowIndex = _rowIndex });
        for (var i = 0; i < cells.Length; i++)
        {
            if (ToCell(cells[i], textStyle) is not { } cell) continue;
            // Empty cells are not written, so each cell says where it is (readers would otherwise shift it left).
            cell.CellReference = string.Concat(XlsxColumnLetters.Name(i), _rowIndex.ToString(CultureInfo.InvariantCulture));
            _writer.WriteElement(cell);
        }
        _writer.WriteEndElement();
    }

    private static Cell? ToCell(XlsxCell cell, uint? textStyle) => cell.Kind switch
    {
        XlsxCellKind.Text when !string.IsNullOrEmpty(cell.Text) => TextCell(cell.Text, textStyle),
        XlsxCellKind.Number => new Cell { CellValue = new CellValue(cell.Number) },
        XlsxCellKind.Money => new Cell { CellValue = new CellValue(cell.Number), StyleIndex = XlsxStyles.Money },
        XlsxCellKind.Date => new Cell
        {
            CellValue = new CellValue(cell.Date.ToDateTime(TimeOnly.MinValue).ToOADate()),
            StyleIndex = XlsxStyles.Date,
        },
        _ => null,
    };

    private static Cell TextCell(string value, uint? style)
    {
        var text = XmlSafe(value);
        return new Cell
        {
            DataType = CellValues.InlineString,
            StyleIndex = style ?? (XlsxStyles.StartsLikeFormula(text) ? XlsxStyles.QuotedText : XlsxStyles.Text),
            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }

    /// <summary>Characters XML 1.0 cannot carry (control characters pasted from other systems) are dropped, not fatal.</summary>
    private static string XmlSafe(string value)
    {
        var firstBad = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i])) continue;
            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                i++;
                continue;
            }
            firstBad = i;
            break;
        }
        if (firstBad < 0) return value;
        var builder = new System.Text.StringBuilder(value.Length);
        builder.Append(value, 0, firstBad);
        for (var i = firstBad; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i])) builder.Append(value[i]);
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                builder.Append(value, i, 2);
                i++;
            }
        }
        return builder.ToString();
    }
}
