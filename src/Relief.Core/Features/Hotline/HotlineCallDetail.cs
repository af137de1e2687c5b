using Relief.Core.Features.Grants;
using Relief.Core.Features.Visits;

namespace Relief.Core.Features.Hotline;

/// <summary>One call with what became of it: the concern and the application it turned into, with their states.</summary>
public sealed record HotlineCallDetail
{
    public required int Id { get; init; }
    public required int CampaignId { get; init; }
    public required string CampaignName { get; init; }
    public required bool CampaignClosed { get; init; }
    public required DateTime CalledAt { get; init; }
    public int? HouseholdId { get; init; }
    public string? HouseholdName { get; init; }
    public string? CallerName { get; init; }
    public string? CallerPhone { get; init; }
    public required string UnitName { get; init; }
    public required HotlineCallCategory Category { get; init; }
    public required string Question { get; init; }
    public required string TakenByName { get; init; }
    public required CallOutcome Outcome { get; init; }
    public string? OutcomeNote { get; init; }
    public int? ConcernId { get; init; }
    public ConcernStatus? ConcernStatus { get; init; }
    public string? ConcernOwner { get; init; }
    public int? GrantId { get; init; }
    public GrantStatus? GrantStatus { get; init; }
    public GrantKind? GrantKind { get; init; }
    public decimal? GrantAmount { get; init; }
    public string? CreatedBy { get; init; }
    public required Guid Version { get; init; }

    /// <summary>The name shown for the caller: the household's when on file.</summary>
    public string Caller => HouseholdName ?? CallerName ?? "";
    public bool CanEdit => !CampaignClosed;
    /// <summary>A concern and an application both need a household on file, and a call becomes each at most once.</summary>
    public bool CanBecomeConcern => !CampaignClosed && HouseholdId is not null && ConcernId is null;
    public bool CanBecomeApplication => !CampaignClosed && HouseholdId is not null && GrantId is null;
}
