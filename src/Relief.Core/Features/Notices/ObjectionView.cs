namespace Relief.Core.Features.Notices;

/// <summary>An objection as the staff page shows it. <see cref="ListedName"/> is the name as the notice lists it.</summary>
public sealed record ObjectionView(
    int Id, int? GrantId, string? ListedName, DateOnly ReceivedOn, string? RaisedBy, string Content, string? Handling,
    ObjectionOutcome Outcome, DateOnly? HandledOn, string? HandledBy, Guid Version);
