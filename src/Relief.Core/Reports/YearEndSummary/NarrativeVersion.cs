namespace Relief.Core.Reports.YearEndSummary;

/// <summary>The narrative in use for a campaign and language. Number 0 is the shipped default, never saved.</summary>
public sealed record NarrativeVersion(string Text, int Number, string? SavedBy, DateTime? SavedAt)
{
    public bool IsDefault => Number == 0;
}
