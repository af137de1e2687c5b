namespace Relief.Core.Features.Grants;

public sealed record MeetingAttendeeInput
{
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public string? UserId { get; set; }
}
