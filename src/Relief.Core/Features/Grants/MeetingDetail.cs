namespace Relief.Core.Features.Grants;

public sealed record MeetingDetail
{
    public required int Id { get; init; }
    public required int CampaignId { get; init; }
    public required string CampaignName { get; init; }
    public required int OrgUnitId { get; init; }
    public required string UnitName { get; init; }
    public required string Title { get; init; }
    public required DateOnly HeldOn { get; init; }
    public string? MinutesReference { get; init; }
    public IReadOnlyList<MeetingAttendeeInput> Attendees { get; init; } = [];
    public IReadOnlyList<AgendaItem> Agenda { get; init; } = [];
    /// <summary>True for a chair, in an open campaign: the page shows the decision buttons.</summary>
    public bool CanDecide { get; init; }
    /// <summary>True for officers and chairs, in an open campaign: the page may attach and detach applications.</summary>
    public bool CanEditAgenda { get; init; }
    public required Guid Version { get; init; }
}
