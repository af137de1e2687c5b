namespace Relief.Core.Features.Households;

/// <summary>A row of the file's history: a status step, or the changes a survey applied (old → new).</summary>
public sealed record HouseholdHistoryEntry(
    int Id, HouseholdStatus? FromStatus, HouseholdStatus ToStatus, string Reason, DateOnly EffectiveOn,
    string? Changes, int? SurveyId, string? RecordedBy, DateTime RecordedAt);
