using Relief.Core.Features.Households;

namespace Relief.Core.Features.Surveys;

/// <summary>A survey beside the file's current values, so the page can show what applying it would change.</summary>
public sealed record SurveyDetail
{
    public required int Id { get; init; }
    public required int HouseholdId { get; init; }
    public required string HouseholdName { get; init; }
    public required string UnitName { get; init; }
    public int? CampaignId { get; init; }
    public DateOnly SurveyedOn { get; init; }
    public required string Surveyors { get; init; }
    public SurveyMethod Method { get; init; }
    public string? Findings { get; init; }
    public decimal? PerCapitaIncome { get; init; }
    public int FamilySize { get; init; }
    public string? Causes { get; init; }
    public HardshipLevel RecommendedLevel { get; init; }
    public IReadOnlyList<HouseholdCategory> RecommendedCategories { get; init; } = [];
    public bool IsPriority { get; init; }
    public DateTime? AppliedAt { get; init; }
    public string? CreatedBy { get; init; }

    public HardshipLevel CurrentLevel { get; init; }
    public IReadOnlyList<HouseholdCategory> CurrentCategories { get; init; } = [];
    public decimal? CurrentPerCapitaIncome { get; init; }
    public int CurrentFamilySize { get; init; }
    public string? CurrentCauses { get; init; }
    public bool CurrentIsPriority { get; init; }
    public HouseholdStatus HouseholdStatus { get; init; }
    /// <summary>Pass back to <see cref="SurveyService.ApplyAsync"/>: applying over someone else's newer edit is a conflict.</summary>
    public Guid HouseholdVersion { get; init; }

    public bool CanApply => AppliedAt is null && HouseholdStatus != HouseholdStatus.Closed;
}
