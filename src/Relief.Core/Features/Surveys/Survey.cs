using Relief.Core.Common;
using Relief.Core.Features.Households;

namespace Relief.Core.Features.Surveys;

/// <summary>摸底调查 / 入户核查: one check of one household; applying it updates the file.</summary>
public class Survey : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    public int HouseholdId { get; set; }
    public Household? Household { get; set; }
    public int OrgUnitId { get; set; }
    public int? CampaignId { get; set; }

    public DateOnly SurveyedOn { get; set; }
    public required string Surveyors { get; set; }
    public SurveyMethod Method { get; set; }
    public string? Findings { get; set; }
    public decimal? PerCapitaIncome { get; set; }
    public int FamilySize { get; set; }
    public string? Causes { get; set; }
    public HardshipLevel RecommendedLevel { get; set; }
    public List<HouseholdCategory> RecommendedCategories { get; set; } = [];
    public bool IsPriority { get; set; }

    /// <summary>When its recommendations were applied to the file (调整充实档案); null while pending.</summary>
    public DateTime? AppliedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}
