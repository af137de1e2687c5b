namespace Relief.Core.Features.Visits;

public sealed record ConcernDetail(
    int Id, int HouseholdId, string HouseholdName, string UnitName, int? VisitId, DateOnly? VisitedOn, VisitKind? VisitKind,
    int? CampaignId, string? CampaignName, ConcernCategory Category, string Description, DateOnly RaisedOn,
    string? OwnerUserId, string OwnerName, DateOnly DueOn, ConcernStatus Status, string? Resolution, DateOnly? ResolvedOn,
    DateTime CreatedAt, Guid Version, int DaysOverdue)
{
    public bool IsOverdue => DaysOverdue > 0;
    public IReadOnlyList<ConcernStatus> NextStatuses => ConcernLifecycle.NextFrom(Status);
}
