namespace Relief.Core.Features.Hotline;

public sealed record HotlineCallListItem(
    int Id, DateTime CalledAt, int? HouseholdId, string CallerName, string? CallerPhone, string? UnitName, HotlineCallCategory Category,
    string Question, string TakenByName, CallOutcome Outcome, int? ConcernId, int? GrantId);
