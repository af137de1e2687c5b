using Relief.Core.Common;
using Relief.Core.Features.Administration;

namespace Relief.Core.Features.Grants;

/// <summary>工会委员会(联席)会议: the collective decision on a batch of applications.</summary>
public class CommitteeMeeting : IVersioned, IUnitOwned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? MinutesReference { get; set; }
    public List<MeetingAttendee> Attendees { get; set; } = [];
    public List<GrantDecision> Decisions { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}
