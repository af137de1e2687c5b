using System.Text;

namespace Relief.Core.Common.Spreadsheets;

/// <summary>
/// RFC 4180 CSV: a field with a comma, quote or line break is quoted and its quotes doubled; lines end CRLF. A field
/// that starts like a formula (= + - @) gets a leading apostrophe where it is text, so a spreadsheet never runs it.
/// </summary>
public static class CsvText
{
    public static void WriteRow(StringBuilder output, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) output.Append(',');
            first = false;
            var text = field ?? "";
            if (text.IndexOfAny([',', '"', '\r', '\n']) >= 0) output.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else output.Append(text);
        }
        output.Append("\r\n");
    }

    /// <summary>Rows of fields; quoted fields may hold commas, quotes and line breaks. Empty lines are skipped.</summary>
    public static List<string[]> Read(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                if (c == '"') { quoted = false; i++; continue; }
                field.Append(c);
                i++;
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    EndRow();
                    break;
                default:
                    field.Append(c);
                    break;
            }
            i++;
        }
        EndRow();
        return rows;

        void EndRow()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (fields.Count > 1 || fields[0].Length > 0) rows.Add([.. fields]);
            fields.Clear();
        }
    }
}
