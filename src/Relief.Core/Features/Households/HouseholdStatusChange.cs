namespace Relief.Core.Features.Households;

/// <summary>One row of a file's history: a status change, or a field change applied from a survey.</summary>
public class HouseholdStatusChange
{
    public int Id { get; set; }
    public int HouseholdId { get; set; }
    public HouseholdStatus? FromStatus { get; set; }
    public HouseholdStatus ToStatus { get; set; }
    public required string Reason { get; set; }
    public DateOnly EffectiveOn { get; set; }
    /// <summary>What changed besides the status, as "field: old → new" lines (e.g. from a survey).</summary>
    public string? Changes { get; set; }
    public int? SurveyId { get; set; }
    public string? RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
}
