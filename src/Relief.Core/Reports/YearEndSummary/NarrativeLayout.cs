using System.Text.RegularExpressions;

namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// How a paragraph of the union's narrative is set, by the numbering of official documents: 一、 to 二十、 first-level
/// headings, （一） second-level, 1. or 1、 third-level; "一是…" is body text with a lead phrase. A numbered line
/// longer than a heading (a run-in paragraph) is body text.
/// </summary>
public static partial class NarrativeLayout
{
    /// <summary>Longer than this, a numbered line is a paragraph that starts with its number, not a heading.</summary>
    public const int MaxHeadingLength = 40;

    [GeneratedRegex("^(?:[一二三四五六七八九]|十[一二三四五六七八九]?|二十)、")]
    private static partial Regex FirstLevel();

    [GeneratedRegex("^[（(](?:[一二三四五六七八九]|十[一二三四五六七八九]?|二十)[）)]")]
    private static partial Regex SecondLevel();

    [GeneratedRegex(@"^\d{1,2}[.．、]\s*\D")]
    private static partial Regex ThirdLevel();

    [GeneratedRegex("^(?:[一二三四五六七八九]|十[一二三四五六七八九]?)是[^。；：\n]{1,28}[。：；]")]
    private static partial Regex Lead();

    /// <summary>1, 2 or 3 for a heading of that level; 0 for body text.</summary>
    public static int LevelOf(string paragraph)
    {
        if (paragraph.Length > MaxHeadingLength || paragraph.Contains('\n', StringComparison.Ordinal)) return 0;
        if (FirstLevel().IsMatch(paragraph)) return 1;
        if (SecondLevel().IsMatch(paragraph)) return 2;
        if (ThirdLevel().IsMatch(paragraph)) return 3;
        return 0;
    }

    /// <summary>The lead phrase of "一是积极筹措资金。为了…": up to its first 。, ： or ；, when short; empty otherwise.</summary>
    public static string LeadPhrase(string paragraph) => Lead().Match(paragraph) is { Success: true } lead ? lead.Value : "";
}
