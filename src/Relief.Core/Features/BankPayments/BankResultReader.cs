using System.Globalization;
using System.Text;
using Relief.Core.Common.Spreadsheets;

namespace Relief.Core.Features.BankPayments;

/// <summary>
/// Reads a bank's result file in a batch's layout: the first row names the columns (the layout's headers, and its
/// status, reason, date and reference headers, in any order); every later row is one line. .xlsx is read by its
/// content, .csv in the layout's encoding (a UTF-8 BOM wins).
/// </summary>
public static class BankResultReader
{
    public sealed record Sheet(IReadOnlyList<BankResultRow> Rows, IReadOnlyList<string> MissingHeaders);

    public static Sheet Read(BankFileLayout layout, byte[] content)
    {
        var table = IsZip(content) ? ReadXlsx(content) : ReadCsv(layout, content);
        if (table.Count == 0) return new Sheet([], [layout.StatusHeader]);
        var header = table[0].Cells;
        int Find(string name) => Array.FindIndex(header, h => string.Equals(h.Trim(), name.Trim(), StringComparison.Ordinal));
        var columns = layout.ParsedColumns().Select(c => (c.Field, Index: Find(c.Header), c.Header)).ToList();
        var status = Find(layout.StatusHeader);
        var missing = columns.Where(c => c.Index < 0).Select(c => c.Header).ToList();
        if (status < 0) missing.Add(layout.StatusHeader);
        var reason = Find(layout.ReasonHeader);
        var date = Find(layout.DateHeader);
        var reference = Find(layout.ReferenceHeader);
        if (missing.Count > 0) return new Sheet([], missing);
        var rows = new List<BankResultRow>();
        foreach (var (number, cells) in table.Skip(1))
        {
            string At(int i) => i >= 0 && i < cells.Length ? cells[i].Trim() : "";
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var values = columns.ToDictionary(c => c.Field, c => At(c.Index));
            rows.Add(new BankResultRow(number, values, At(status), At(reason), At(date), At(reference)));
        }
        return new Sheet(rows, []);
    }

    private static bool IsZip(byte[] content) => content.Length > 4 && content[0] == 'P' && content[1] == 'K';

    private static List<(int Number, string[] Cells)> ReadXlsx(byte[] content)
    {
        var rows = XlsxSheetReader.ReadFirstSheet(content);
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count == 0 ? 0 : r.Cells.Max(c => c.Column) + 1);
        return rows.Select(r =>
        {
            var cells = new string[width];
            Array.Fill(cells, "");
            foreach (var (column, value) in r.Cells) cells[column] = value switch
            {
                double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
                bool b => b ? "TRUE" : "FALSE",
                _ => value.ToString() ?? "",
            };
            return (r.Number, cells);
        }).ToList();
    }

    private static List<(int Number, string[] Cells)> ReadCsv(BankFileLayout layout, byte[] content)
    {
        var utf8Bom = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF;
        var text = utf8Bom
            ? Encoding.UTF8.GetString(content, 3, content.Length - 3)
            : BankFileWriter.EncodingOf(layout.CsvEncoding).GetString(content);
        return CsvText.Read(text).Select((cells, i) => (i + 1, cells)).ToList();
    }
}
