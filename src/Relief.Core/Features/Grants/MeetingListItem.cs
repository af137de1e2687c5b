namespace Relief.Core.Features.Grants;

public sealed record MeetingListItem(
    int Id, string Title, DateOnly HeldOn, string? MinutesReference, string UnitName, int OnAgenda, int Approved, decimal ApprovedAmount, int Rejected,
    int OrgUnitId);
