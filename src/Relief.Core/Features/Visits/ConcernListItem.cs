namespace Relief.Core.Features.Visits;

public sealed record ConcernListItem(
    int Id, int HouseholdId, string HouseholdName, string UnitName, ConcernCategory Category, string Description,
    DateOnly RaisedOn, string OwnerName, DateOnly DueOn, ConcernStatus Status, DateOnly? ResolvedOn, int? VisitId, int DaysOverdue)
{
    public bool IsOverdue => DaysOverdue > 0;
}
