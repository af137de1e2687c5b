namespace Relief.Core.Features.Attachments;

/// <summary>An upload made safe to keep: a re-encoded image (with its thumbnail) or a PDF that opened.</summary>
public sealed record PreparedFile(byte[] Content, string MediaType, byte[]? Thumbnail, int? Width, int? Height, int? PageCount);
