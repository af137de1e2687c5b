namespace Relief.Core.Features.Attachments;

/// <summary>Bytes to send: an open stream of the stored file, its type and the name to offer on download.</summary>
public sealed record AttachmentContent(Stream Content, string MediaType, string FileName, string ContentHash);
