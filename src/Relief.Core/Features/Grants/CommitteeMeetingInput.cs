namespace Relief.Core.Features.Grants;

/// <summary>工会委员会(联席)会议: who met, when, and the minutes' reference.</summary>
public sealed record CommitteeMeetingInput
{
    public int CampaignId { get; set; }
    /// <summary>The unit whose committee met.</summary>
    public int OrgUnitId { get; set; }
    public string Title { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public string? MinutesReference { get; set; }
    public List<MeetingAttendeeInput> Attendees { get; set; } = [];
    public Guid Version { get; set; }
}
