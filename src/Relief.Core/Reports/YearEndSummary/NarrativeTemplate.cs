using System.Text;
using System.Text.RegularExpressions;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// The union's own narrative text with named placeholders in braces, e.g. "共慰问{困难职工人数}人". A placeholder is
/// a name of the catalogue (Chinese or its English alias); "{{" and "}}" stand for literal braces. A clause in double
/// square brackets, "[[，新建困难职工档案{新建档案数}户]]", is printed only when one of its figures is not nought, so a
/// report never says "新建困难职工档案0户"; clauses may hold clauses.
/// </summary>
public static partial class NarrativeTemplate
{
    [GeneratedRegex(@"\{\{|\}\}|\{([^{}\r\n]{1,40})\}")]
    private static partial Regex Token();

    /// <summary>An innermost clause: one that holds no other.</summary>
    [GeneratedRegex(@"\[\[((?:(?!\[\[|\]\])[^\r\n])+)\]\]")]
    private static partial Regex Clause();

    /// <summary>Every placeholder name used in the text, in order of first use.</summary>
    public static IReadOnlyList<string> Placeholders(string text) =>
        Token().Matches(text).Where(m => m.Groups[1].Success).Select(m => m.Groups[1].Value.Trim()).Distinct().ToList();

    /// <summary>The placeholders of the text that the catalogue does not know.</summary>
    public static IReadOnlyList<string> Unknown(string text) =>
        Placeholders(text).Where(name => SummaryPlaceholders.Find(name) is null).ToList();

    /// <summary>Replaces each placeholder with its value; an unknown one is left visible as 【?名称】 rather than dropped.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Renumbered(Token().Replace(WithoutNoughtClauses(text, values), match =>
        {
            if (match.Value == "{{") return "{";
            if (match.Value == "}}") return "}";
            var placeholder = SummaryPlaceholders.Find(match.Groups[1].Value.Trim());
            return placeholder is not null && values.TryGetValue(placeholder.Name, out var value) ? value : $"【?{match.Groups[1].Value}】";
        }));

    [GeneratedRegex("(?<=^|[：:；;。])[一二三四五六七八九十]是")]
    private static partial Regex Enumeration();

    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>"一是…；二是…" counted again in each paragraph once nought clauses are gone, so the items left run on without a gap.</summary>
    private static string Renumbered(string text) => string.Join("\n", text.Split('\n').Select(line =>
    {
        var next = 0;
        return Enumeration().Replace(line, _ => (next < Ordinals.Length ? Ordinals[next++] : Ordinals[^1]) + "是");
    }));

    /// <summary>Resolves clauses from the innermost out, so a clause may hold clauses of its own.</summary>
    private static string WithoutNoughtClauses(string text, IReadOnlyDictionary<string, string> values)
    {
        for (var previous = ""; previous != text;)
        {
            previous = text;
            text = Clause().Replace(text, clause => IsNought(clause.Groups[1].Value, values) ? "" : clause.Groups[1].Value);
        }
        return text;
    }

    /// <summary>
    /// A clause is nought when it holds figures and none of them has a digit other than 0 (a figure with no digits, such
    /// as "（无）", is nought too); words beside figures do not count. A clause of words only is nought when they are all
    /// empty ("[[按照《{文件号}》文件要求，]]" without a directive).
    /// </summary>
    private static bool IsNought(string clause, IReadOnlyDictionary<string, string> values)
    {
        var placeholders = Placeholders(clause).Select(SummaryPlaceholders.Find).ToList();
        if (placeholders.Count == 0 || placeholders.Any(p => p is null)) return false;
        var figureValues = placeholders.Where(p => p!.IsFigure).Select(p => values.GetValueOrDefault(p!.Name)).ToList();
        if (figureValues.Count == 0) return placeholders.All(p => string.IsNullOrWhiteSpace(values.GetValueOrDefault(p!.Name)));
        return figureValues.All(v => v is not null && !v.Any(c => c is >= '1' and <= '9'));
    }

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
        // A paragraph of clauses that were all nought leaves only its closing punctuation: it goes too.
        return paragraphs.Where(p => p.Any(char.IsLetterOrDigit)).ToList();
    }
}
