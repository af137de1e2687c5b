namespace Relief.Core.Reports.YearEndSummary;

/// <summary>One named figure the narrative may use: its Chinese name, an English alias, and what it means.</summary>
public sealed record SummaryPlaceholder(string Name, string Alias, string DescriptionKey);
