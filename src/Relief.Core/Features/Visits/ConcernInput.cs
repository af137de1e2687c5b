namespace Relief.Core.Features.Visits;

/// <summary>A new concern (诉求): raised during a visit (give the visit) or later.</summary>
public sealed record ConcernInput
{
    public int HouseholdId { get; set; }
    public int? VisitId { get; set; }
    public int? CampaignId { get; set; }
    public ConcernCategory Category { get; set; }
    public string Description { get; set; } = "";
    public DateOnly RaisedOn { get; set; }
    /// <summary>The user who follows it up.</summary>
    public string? OwnerUserId { get; set; }
    public DateOnly DueOn { get; set; }
}
