namespace Relief.Core.Features.Visits;

/// <summary>The visit list's filters.</summary>
public sealed record VisitQuery
{
    public int? CampaignId { get; set; }
    public VisitKind? Kind { get; set; }
    public string? Region { get; set; }
    /// <summary>A visitor's name, or part of it.</summary>
    public string? Visitor { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
