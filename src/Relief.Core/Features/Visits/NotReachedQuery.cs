namespace Relief.Core.Features.Visits;

public sealed record NotReachedQuery
{
    public string? Region { get; set; }
    /// <summary>True: remote only (for phone and letters); false: reachable in person only; null: all.</summary>
    public bool? Remote { get; set; }
}
