namespace Relief.Core.Features.Grants;

public sealed record GrantDecisionLine(
    int CommitteeMeetingId, string MeetingTitle, DateOnly HeldOn, DecisionOutcome Outcome, decimal? ApprovedAmount, string? Reason, string? DecidedBy);
