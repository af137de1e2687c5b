namespace Relief.Core.Features.Attachments;

/// <summary>One attachment as a gallery shows it.</summary>
public sealed record AttachmentView(
    int Id,
    int KindId,
    string KindName,
    DateOnly DocumentDate,
    string? Note,
    string FileName,
    string MediaType,
    long Size,
    int? PageCount,
    bool HasThumbnail,
    int? GrantId,
    int? VisitId,
    string? AddedBy,
    DateTime AddedAt,
    DateTime? DeletedAt,
    string? DeletedBy,
    string? DeletionReason,
    Guid Version)
{
    public bool IsImage => MediaType.StartsWith("image/", StringComparison.Ordinal);
    public bool IsDeleted => DeletedAt is not null;
}
