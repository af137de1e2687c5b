using Relief.Core.Features.Households;

namespace Relief.Core.Features.Surveys;

/// <summary>What the survey form binds: one check of one household and what the surveyors recommend for its file.</summary>
public sealed record SurveyInput
{
    public int HouseholdId { get; set; }
    /// <summary>The campaign whose survey drive this belongs to, if any.</summary>
    public int? CampaignId { get; set; }
    public DateOnly SurveyedOn { get; set; }
    public string Surveyors { get; set; } = "";
    public SurveyMethod Method { get; set; }
    public string? Findings { get; set; }
    public decimal? PerCapitaIncome { get; set; }
    public int FamilySize { get; set; } = 1;
    public string? Causes { get; set; }
    public HardshipLevel RecommendedLevel { get; set; } = HardshipLevel.General;
    public List<HouseholdCategory> RecommendedCategories { get; set; } = [];
    public bool IsPriority { get; set; }
}
