using System.Globalization;

namespace Relief.Core.Features.Households.Import;

/// <summary>A cell's text, and whether Excel stored it as a number (which ruins an 18-digit ID number).</summary>
public readonly record struct ImportCell(string? Text, bool WasNumber)
{
    public static ImportCell From(object? value) => value switch
    {
        null => default,
        string s => new ImportCell(string.IsNullOrWhiteSpace(s) ? null : s.Trim(), false),
        double d => new ImportCell(d.ToString("R", CultureInfo.InvariantCulture), true),
        decimal m => new ImportCell(m.ToString(CultureInfo.InvariantCulture), true),
        int or long => new ImportCell(Convert.ToString(value, CultureInfo.InvariantCulture), true),
        DateTime t => new ImportCell(t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false),
        bool b => new ImportCell(b ? "1" : "0", false),
        _ => new ImportCell(Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(), false),
    };

    public bool IsBlank => string.IsNullOrEmpty(Text);
}
