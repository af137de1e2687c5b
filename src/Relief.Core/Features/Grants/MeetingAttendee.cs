namespace Relief.Core.Features.Grants;

public class MeetingAttendee
{
    public int Id { get; set; }
    public int CommitteeMeetingId { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? UserId { get; set; }
}
