namespace Relief.Core.Features.Notices;

/// <summary>An objection still open, with its notice and the name as the notice shows it (masked when it masks).</summary>
public sealed record OpenObjection(int Id, int NoticeId, string NoticeTitle, DateOnly EndsOn, string? ListedName, DateOnly ReceivedOn, string? RaisedBy, string Content);
