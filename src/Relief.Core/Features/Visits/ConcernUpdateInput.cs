namespace Relief.Core.Features.Visits;

/// <summary>Following a concern up: reassign, move the due date, take it in hand, or resolve it with what was done.</summary>
public sealed record ConcernUpdateInput
{
    public ConcernCategory Category { get; set; }
    public string Description { get; set; } = "";
    public string? OwnerUserId { get; set; }
    public DateOnly DueOn { get; set; }
    public ConcernStatus Status { get; set; }
    public string? Resolution { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public Guid Version { get; set; }
}
