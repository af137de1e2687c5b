namespace Relief.Core.Features.Attachments;

/// <summary>The stored attachment; <see cref="AlreadyThere"/> when this was a retry or the same file sent again.</summary>
public sealed record AttachmentUploaded(int Id, bool AlreadyThere);
