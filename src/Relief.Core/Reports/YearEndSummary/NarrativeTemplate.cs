using System.Text;
using System.Text.RegularExpressions;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The union's own narrative text with named placeholders in braces, e.g. "共慰问{困难职工人数}人". A placeholder is
/// a name of the catalogue (Chinese or its English alias); "{{" and "}}" stand for literal braces.
/// </summary>
public static partial class NarrativeTemplate
{
    [GeneratedRegex(@"\{\{|\}\}|\{([^{}\r\n]{1,40})\}")]
    private static partial Regex Token();

    /// <summary>Every placeholder name used in the text, in order of first use.</summary>
    public static IReadOnlyList<string> Placeholders(string text) =>
        Token().Matches(text).Where(m => m.Groups[1].Success).Select(m => m.Groups[1].Value.Trim()).Distinct().ToList();

    /// <summary>The placeholders of the text that the catalogue does not know.</summary>
    public static IReadOnlyList<string> Unknown(string text) =>
        Placeholders(text).Where(name => SummaryPlaceholders.Find(name) is null).ToList();

    /// <summary>Replaces each placeholder with its value; an unknown one is left visible as 【?名称】 rather than dropped.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Token().Replace(text, match =>
        {
            if (match.Value == "{{") return "{";
            if (match.Value == "}}") return "}";
            var placeholder = SummaryPlaceholders.Find(match.Groups[1].Value.Trim());
            return placeholder is not null && values.TryGetValue(placeholder.Name, out var value) ? value : $"【?{match.Groups[1].Value}】";
        });

    /// <summary>Splits filled text into paragraphs (blank lines separate them); single line breaks stay inside a paragraph.</summary>
    public static IReadOnlyList<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Length > 0) paragraphs.Add(current.ToString());
                current.Clear();
                continue;
            }
            if (current.Length > 0) current.Append('\n');
            current.Append(line.TrimEnd());
        }
        if (current.Length > 0) paragraphs.Add(current.ToString());
        return paragraphs;
    }
}
