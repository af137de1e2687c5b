namespace Relief.Core.Features.Households;

/// <summary>The household list's search, filters and sort. The same query drives the page and the export.</summary>
public sealed record HouseholdQuery
{
    /// <summary>A name (or part of it), a full 18-digit ID number (exact), or the last four characters of one.</summary>
    public string? Search { get; set; }
    /// <summary>This unit and the units below it; must lie in the user's scope.</summary>
    public int? OrgUnitId { get; set; }
    public HouseholdCategory? Category { get; set; }
    public HardshipLevel? Level { get; set; }
    /// <summary>Null: every status but closed, unless searching, when closed files are found too.</summary>
    public HouseholdStatus? Status { get; set; }
    public string? Region { get; set; }
    public bool? IsRemote { get; set; }
    public int? NotSurveyedInCampaignId { get; set; }
    public int? NotVisitedInCampaignId { get; set; }
    public int? NotHelpedInCampaignId { get; set; }
    public HouseholdSort Sort { get; set; }
    public bool Descending { get; set; }
}
