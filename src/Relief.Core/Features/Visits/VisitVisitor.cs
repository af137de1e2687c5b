namespace Relief.Core.Features.Visits;

/// <summary>A visitor: a user of the system or a named guest such as 公司领导.</summary>
public class VisitVisitor
{
    public int Id { get; set; }
    public int VisitId { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? UserId { get; set; }
    /// <summary>A leader taking part (counted in the year-end summary).</summary>
    public bool IsLeader { get; set; }
}
