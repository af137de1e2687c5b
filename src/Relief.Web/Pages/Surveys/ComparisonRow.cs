namespace Relief.Web.Pages.Surveys;

/// <summary>One field of a survey page: what the file says now and what the survey recommends.</summary>
public sealed record ComparisonRow(string Field, string Current, string Recommended)
{
    public bool Changed => !string.Equals(Current, Recommended, StringComparison.Ordinal);
}
