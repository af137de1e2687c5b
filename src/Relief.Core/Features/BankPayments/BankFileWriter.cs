using System.Globalization;
using System.Text;
using Relief.Core.Common.Spreadsheets;

namespace Relief.Core.Features.BankPayments;

/// <summary>
/// Writes a batch's lines in a layout: its columns in order under its headers, as .xlsx (one sheet, the layout's sheet
/// name; numbers of accounts and IDs as text) or .csv in UTF-8 (with a BOM, so Excel reads it) or GB18030.
/// </summary>
public static class BankFileWriter
{
    static BankFileWriter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding EncodingOf(CsvEncoding encoding) => encoding == CsvEncoding.Gb18030
        ? Encoding.GetEncoding("GB18030")
        : new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(BankFileLayout layout, IReadOnlyList<BankFileLine> lines)
    {
        var columns = layout.ParsedColumns();
        if (layout.Format == BankFileFormat.Csv)
        {
            var text = new StringBuilder();
            CsvText.WriteRow(text, columns.Select(c => c.Header));
            foreach (var line in lines) CsvText.WriteRow(text, columns.Select(c => Text(c.Field, line, layout)));
            var encoding = EncodingOf(layout.CsvEncoding);
            return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
        }
        using var output = new MemoryStream();
        using (var workbook = new XlsxWorkbookWriter(output))
        {
            using var sheet = workbook.AddSheet(layout.SheetName, columns.Select(c => new XlsxColumn(c.Header, Width(c.Field), c.Field != BankFileField.Amount && c.Field != BankFileField.Sequence)).ToList());
            var cells = new XlsxCell[columns.Count];
            foreach (var line in lines)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    cells[i] = columns[i].Field switch
                    {
                        BankFileField.Amount => XlsxCell.Yuan(line.Amount),
                        BankFileField.Sequence => XlsxCell.Of(line.Sequence),
                        var field => XlsxCell.Of(Text(field, line, layout)),
                    };
                }
                sheet.WriteRow(cells);
            }
        }
        return output.ToArray();
    }

    private static string? Text(BankFileField field, BankFileLine line, BankFileLayout layout) => field switch
    {
        BankFileField.Sequence => line.Sequence.ToString(CultureInfo.InvariantCulture),
        BankFileField.HolderName => line.HolderName,
        BankFileField.AccountNumber => line.AccountNumber,
        BankFileField.Amount => line.Amount.ToString("0.00", CultureInfo.InvariantCulture),
        BankFileField.BankName => line.BankName,
        BankFileField.Branch => line.Branch,
        BankFileField.IdNumber => layout.IdNumbersAllowed ? line.IdNumber : null,
        BankFileField.Purpose => line.Purpose,
        _ => null,
    };

    private static double Width(BankFileField field) => field switch
    {
        BankFileField.Sequence => 8,
        BankFileField.AccountNumber or BankFileField.IdNumber => 24,
        BankFileField.Purpose or BankFileField.BankName or BankFileField.Branch => 28,
        _ => 14,
    };
}
