namespace Relief.Core.Reports.YearEndSummary;

/// <summary>
/// One named figure the narrative may use: its Chinese name, an English alias, and what it means. Words (a name, a
/// date, a list of categories, a phone number) are not figures: they never make a clause nought or not.
/// </summary>
public sealed record SummaryPlaceholder(string Name, string Alias, string DescriptionKey, bool IsFigure = true);
