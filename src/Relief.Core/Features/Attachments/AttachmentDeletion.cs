namespace Relief.Core.Features.Attachments;

/// <summary>Why an attachment is withdrawn; the version the user saw, so a second delete is a conflict, not a repeat.</summary>
public sealed class AttachmentDeletion
{
    public string? Reason { get; set; }
    public Guid Version { get; set; }
}
