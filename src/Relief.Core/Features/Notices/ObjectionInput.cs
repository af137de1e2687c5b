namespace Relief.Core.Features.Notices;

public sealed record ObjectionInput
{
    /// <summary>The listed grant objected to; blank when it concerns the notice as a whole.</summary>
    public int? GrantId { get; set; }
    public DateOnly ReceivedOn { get; set; }
    /// <summary>Blank: anonymous.</summary>
    public string? RaisedBy { get; set; }
    public string Content { get; set; } = "";
}
