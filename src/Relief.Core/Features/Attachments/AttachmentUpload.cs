namespace Relief.Core.Features.Attachments;

/// <summary>One file sent from the upload form, with what the user said about it.</summary>
public sealed class AttachmentUpload
{
    public AttachmentOwnerKind OwnerKind { get; set; }
    public int OwnerId { get; set; }
    public int KindId { get; set; }
    public DateOnly? DocumentDate { get; set; }
    public string? Note { get; set; }
    /// <summary>The name on the user's device, kept as display text.</summary>
    public string? FileName { get; set; }
    /// <summary>Made by the page for this one file; a retry sends the same id.</summary>
    public Guid? ClientUploadId { get; set; }
    public byte[] Content { get; set; } = [];

    public AttachmentOwner Owner => new(OwnerKind, OwnerId);
}
