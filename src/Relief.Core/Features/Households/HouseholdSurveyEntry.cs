using Relief.Core.Features.Surveys;

namespace Relief.Core.Features.Households;

public sealed record HouseholdSurveyEntry(
    int Id, DateOnly SurveyedOn, SurveyMethod Method, string Surveyors, HardshipLevel RecommendedLevel, bool IsPriority,
    int? CampaignId, DateTime? AppliedAt);
