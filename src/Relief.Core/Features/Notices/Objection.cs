using Relief.Core.Common;

namespace Relief.Core.Features.Notices;

/// <summary>异议 raised during a notice period.</summary>
public class Objection : IVersioned
{
    public int Id { get; set; }
    public int PublicNoticeId { get; set; }
    public PublicNotice? PublicNotice { get; set; }
    /// <summary>The listed grant objected to; null when it concerns the notice as a whole.</summary>
    public int? GrantId { get; set; }
    public DateOnly ReceivedOn { get; set; }
    /// <summary>Null: anonymous.</summary>
    public string? RaisedBy { get; set; }
    public required string Content { get; set; }
    public string? Handling { get; set; }
    public ObjectionOutcome Outcome { get; set; }
    public DateOnly? HandledOn { get; set; }
    public string? HandledBy { get; set; }
    public Guid Version { get; set; }
}
