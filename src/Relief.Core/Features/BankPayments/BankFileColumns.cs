namespace Relief.Core.Features.BankPayments;

/// <summary>Reads a layout's column list: one <c>Field=Header</c> a line, fields by name (case-insensitive), headers as typed.</summary>
public static class BankFileColumns
{
    public sealed record Parsed(IReadOnlyList<BankFileColumn> Columns, IReadOnlyList<string> BadLines);

    public static Parsed Parse(string? text)
    {
        var columns = new List<BankFileColumn>();
        var bad = new List<string>();
        foreach (var raw in (text ?? "").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !Enum.TryParse<BankFileField>(line[..equals].Trim(), ignoreCase: true, out var field)
                || !Enum.IsDefined(field) || line[(equals + 1)..].Trim().Length == 0)
            {
                bad.Add(line);
                continue;
            }
            columns.Add(new BankFileColumn(field, line[(equals + 1)..].Trim()));
        }
        return new Parsed(columns, bad);
    }

    public static string Write(IEnumerable<BankFileColumn> columns) => string.Join("\n", columns.Select(c => $"{c.Field}={c.Header}"));
}
