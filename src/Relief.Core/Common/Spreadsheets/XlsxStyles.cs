using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Relief.Core.Common.Spreadsheets;

/// <summary>The few cell formats every workbook the app writes uses; the indexes are positions in cellXfs.</summary>
internal static class XlsxStyles
{
    public const uint General = 0;
    /// <summary>Number format "@" (Text): a user's edit to the cell stays text.</summary>
    public const uint Text = 1;
    /// <summary>Text shown with Excel's leading apostrophe: "=1+1" stays the characters = 1 + 1 when the cell is edited.</summary>
    public const uint QuotedText = 2;
    public const uint Header = 3;
    public const uint Date = 4;
    public const uint Money = 5;

    private const uint TextFormat = 49;
    private const uint MoneyFormat = 4;
    private const uint DateFormat = 164;

    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, 0),
            Format(TextFormat, 0),
            Format(TextFormat, 0, quotePrefix: true),
            Format(TextFormat, 1),
            Format(DateFormat, 0),
            Format(MoneyFormat, 0)) { Count = 6 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Format(uint numberFormat, uint font, bool quotePrefix = false) => new()
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = numberFormat != 0 ? true : null,
        ApplyFont = font != 0 ? true : null,
        QuotePrefix = quotePrefix ? true : null,
    };

    /// <summary>Excel starts a formula (or DDE) at these; CSV-injection advice adds tab and carriage return.</summary>
    public static bool StartsLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

}
